package vn.ptdv.platform.imports;

/** One error of one row: the row number as the user sees it, the column header, the field and a Vietnamese message. */
public record RowError(int row, String column, String field, String message) {
}
