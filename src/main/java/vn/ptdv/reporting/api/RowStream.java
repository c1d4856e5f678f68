package vn.ptdv.reporting.api;

import java.util.Iterator;

/**
 * Dòng dữ liệu của một danh sách dài: the rows of a long table (tens of thousands of names), read while the document
 * is filled instead of being held in a {@code List} ({@link Table.Builder#streamed}). {@link #open()} is called once,
 * in the thread that renders (for an asynchronous report a worker thread, after the request has ended), so it must
 * query the database itself, page by page. When the iterator is also {@link AutoCloseable} the engine closes it after
 * the fill, also on failure.
 */
@FunctionalInterface
public interface RowStream {

    /** Starts reading the rows. */
    Iterator<Table.Row> open();
}
