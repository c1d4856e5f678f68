package vn.ptdv.reporting.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import vn.ptdv.reporting.api.RenderProgress;

/** Passes an export through, failing the next write once the rendering is cancelled (the export has no other hook). */
final class CancellableOutputStream extends FilterOutputStream {

    private final RenderProgress progress;

    CancellableOutputStream(OutputStream out, RenderProgress progress) {
        super(out);
        this.progress = progress;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
    }

    private void check() throws IOException {
        if (progress.cancelled()) {
            throw new IOException("Rendering cancelled");
        }
    }
}
