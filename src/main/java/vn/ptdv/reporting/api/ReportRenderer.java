package vn.ptdv.reporting.api;

import java.io.OutputStream;

/** Bộ kết xuất báo cáo: renders a request to bytes in the requested format. */
public interface ReportRenderer {

    /**
     * Fills the template with the request's data and exports it to {@code out} (the stream is flushed, not closed).
     *
     * @return what was rendered (the page count)
     * @throws ReportRenderingException when the template is missing or filling/exporting fails
     */
    default RenderedReport render(ReportRequest request, OutputStream out) {
        return render(request, out, RenderProgress.NONE);
    }

    /**
     * Renders like {@link #render(ReportRequest, OutputStream)}, telling {@code progress} the pages filled so far and
     * stopping soon after {@link RenderProgress#cancelled()} turns true.
     *
     * @throws RenderCancelledException when cancelled
     */
    RenderedReport render(ReportRequest request, OutputStream out, RenderProgress progress);
}
