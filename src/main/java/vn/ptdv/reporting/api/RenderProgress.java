package vn.ptdv.reporting.api;

/**
 * Tiến độ kết xuất: what a long rendering reports while it runs (pages filled so far), and how it learns that it is
 * no longer wanted. Called from the rendering thread; implementations must be cheap and thread-safe.
 */
public interface RenderProgress {

    /** No one is watching, nothing cancels. */
    RenderProgress NONE = new RenderProgress() {
        @Override
        public void pages(int rendered) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code rendered} pages have been filled so far. */
    void pages(int rendered);

    /** Whether the rendering should stop as soon as it can ({@link RenderCancelledException}). */
    boolean cancelled();
}
