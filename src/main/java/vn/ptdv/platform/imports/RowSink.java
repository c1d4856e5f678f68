package vn.ptdv.platform.imports;

import java.util.List;

/** Receives the rows of a spreadsheet one at a time: the 1-based row number as the user sees it and the cell texts. */
@FunctionalInterface
public interface RowSink {
    void row(int number, List<String> cells);
}
