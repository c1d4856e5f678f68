package vn.ptdv.reporting.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a rendered document until it is complete, so that a failure while rendering still becomes a problem+json
 * answer instead of a half-sent PDF. Small documents stay in memory; past {@link #MEMORY_LIMIT} they spill to a
 * temporary file that is deleted after sending.
 */
final class RenderBuffer extends OutputStream {

    static final int MEMORY_LIMIT = 8 * 1024 * 1024;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream(64 * 1024);
    private Path file;
    private OutputStream fileOut;
    private long size;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && memory.size() + (long) len > MEMORY_LIMIT) {
            file = Files.createTempFile("ptdv-report-", ".bin");
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
        size += len;
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
        }
    }

    long size() {
        return size;
    }

    /** Copies the content to the response and removes the temporary file, if any. */
    void sendTo(OutputStream out) throws IOException {
        try {
            if (file == null) {
                memory.writeTo(out);
            } else {
                Files.copy(file, out);
            }
            out.flush();
        } finally {
            discard();
        }
    }

    void discard() throws IOException {
        close();
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }
}
