package vn.ptdv.reporting.api;

/** The rendering stopped because its {@link RenderProgress} asked it to (a cancelled report job). */
public class RenderCancelledException extends ReportRenderingException {

    public RenderCancelledException(String message) {
        super(message);
    }
}
