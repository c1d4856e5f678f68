package vn.ptdv.platform.imports;

import java.util.Map;

/** One import of one file by one kind: rows are added as they are read, then checked and written together. */
public interface ImportSession {

    /** Reads the row's fields into the kind's request; parse errors stay on the row. */
    void add(RowValues row);

    /**
     * Checks every added row with the module's rules, duplicates included, and, when {@code write} and no row has an
     * error, writes them all in one transaction. Returns the errors: row number → field → message (empty: all good).
     */
    Map<Integer, Map<String, String>> finish(boolean write);

    /** What a committed import answers besides the counts (e.g. the temporary passwords of new accounts); null: nothing. */
    default Object result() {
        return null;
    }
}
