package vn.ptdv.reporting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Bảng: a table of an official document with typed columns. Cells hold values (numbers, percentages, dates, text);
 * the column's type formats them the way vi-VN documents print them (2.287; 113,1%; 24/01/2024), so providers never
 * format numbers themselves. A text in a numeric column is a mark printed as it is ("–", "chưa kết nạp"). The header
 * (the columns' titles, optionally with rows above them) is repeated at the top of every page the table runs onto.
 * <pre>{@code
 * Table.of(Column.integer("STT", 30).centered(), Column.text("Đơn vị", 257), Column.integer("Kết nạp", 90),
 *                 Column.percent("Tỷ lệ", 90))
 *         .row(1, "Đảng bộ huyện Bảo Thắng", 270, new BigDecimal("121.6"))
 *         .total(null, "Tổng cộng", 2287, new BigDecimal("113.1"))
 *         .build();
 * }</pre>
 *
 * @param columns  one to {@link #MAX_COLUMNS} columns; widths are relative (points when they add up to the page's 467)
 * @param header   the header rows, the columns' titles last; at most {@link #MAX_HEADER_ROWS}
 * @param rows     the rows in order (totals rows and full-width rows included); empty when {@code stream} is set
 * @param stream   for a long list: the rows are read from it while the document is filled, never held whole
 * @param fontSize of the cells, 8 to 14 pt (12 by default; long lists use less)
 */
public record Table(List<Column> columns, List<List<String>> header, List<Row> rows, RowStream stream, float fontSize)
        implements Block {

    public static final int MAX_COLUMNS = 12;
    public static final int MAX_HEADER_ROWS = 3;
    /** Printed where a number does not apply. */
    public static final String DASH = "–";

    public Table {
        columns = List.copyOf(columns);
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table has 1 to " + MAX_COLUMNS + " columns");
        }
        int count = columns.size();
        header = header.stream().map(r -> cells(r, count)).toList();
        if (header.isEmpty() || header.size() > MAX_HEADER_ROWS) {
            throw new IllegalArgumentException("a table has 1 to " + MAX_HEADER_ROWS + " header rows");
        }
        rows = List.copyOf(rows);
        for (Row r : rows) {
            r.check(count);
        }
        if (stream != null && !rows.isEmpty()) {
            throw new IllegalArgumentException("rows and stream are exclusive");
        }
        if (fontSize < 8 || fontSize > 14) {
            throw new IllegalArgumentException("fontSize must be 8 to 14 pt");
        }
    }

    private static List<String> cells(List<String> row, int columns) {
        if (row.size() != columns) {
            throw new IllegalArgumentException("a header row has one cell per column");
        }
        return row.stream().map(VietnameseText::clean).map(s -> s == null ? "" : s).toList();
    }

    public static Builder of(Column... columns) {
        return new Builder(List.of(columns));
    }

    /** Whether the rows come from a stream. */
    public boolean streamed() {
        return stream != null;
    }

    /** The cells of a row as printed, one per column (a full-width row: its text, then nulls). */
    public List<String> texts(Row row) {
        row.check(columns.size());
        List<String> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = i < row.cells().size() ? row.cells().get(i) : null;
            out.add(row.style() == Row.Style.SPAN ? (i == 0 ? (String) value : null) : columns.get(i).format(value));
        }
        return out;
    }

    /** The widths in points of a table {@code total} points wide: proportional, the last column takes the rounding. */
    public int[] widths(int total) {
        int sum = columns.stream().mapToInt(Column::width).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = Math.round((float) columns.get(i).width() * total / sum);
            used += widths[i];
        }
        widths[widths.length - 1] = total - used;
        return widths;
    }

    /** The share {@code part} of {@code whole} as a percentage for a {@link Column.Type#PERCENT} cell; a dash for 0. */
    public static Object share(long part, long whole) {
        BigDecimal ratio = VietnameseFormat.ratio(part, whole);
        return ratio == null ? DASH : ratio;
    }

    /** Căn lề. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }

    /**
     * Cột: a title, a type, a relative width and an alignment (numbers right, dates centred, text left, unless set).
     */
    public record Column(String title, Type type, int width, Align align) {

        /** Kiểu dữ liệu của cột. */
        public enum Type {
            /** Văn bản: a String (or anything, printed with toString). */
            TEXT,
            /** Số nguyên: a Number, printed "2.287". */
            INTEGER,
            /** Tỷ lệ phần trăm: a BigDecimal percentage (113.1), printed "113,1%". */
            PERCENT,
            /** Ngày: a LocalDate, printed "24/01/2024". */
            DATE
        }

        public Column {
            title = VietnameseText.clean(title);
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(align, "align");
            if (width < 1) {
                throw new IllegalArgumentException("width must be positive");
            }
        }

        public static Column text(String title, int width) {
            return new Column(title, Type.TEXT, width, Align.LEFT);
        }

        public static Column integer(String title, int width) {
            return new Column(title, Type.INTEGER, width, Align.RIGHT);
        }

        public static Column percent(String title, int width) {
            return new Column(title, Type.PERCENT, width, Align.RIGHT);
        }

        public static Column date(String title, int width) {
            return new Column(title, Type.DATE, width, Align.CENTER);
        }

        public Column centered() {
            return new Column(title, type, width, Align.CENTER);
        }

        public Column alignedLeft() {
            return new Column(title, type, width, Align.LEFT);
        }

        public Column alignedRight() {
            return new Column(title, type, width, Align.RIGHT);
        }

        /** A value of this column as printed; null stays empty and a String is printed as it is. */
        public String format(Object value) {
            Object v = value instanceof Cell c ? c.value() : value;
            if (v == null || v instanceof String) {
                return (String) v;
            }
            try {
                return switch (type) {
                    case TEXT -> v.toString();
                    case INTEGER -> VietnameseFormat.integer(((Number) v).longValue());
                    case PERCENT -> VietnameseFormat.percent(v instanceof BigDecimal b ? b
                            : BigDecimal.valueOf(((Number) v).doubleValue()));
                    case DATE -> VietnameseFormat.date((LocalDate) v);
                };
            } catch (ClassCastException e) {
                throw new IllegalArgumentException("column '" + title + "' (" + type + ") cannot print a "
                        + v.getClass().getSimpleName(), e);
            }
        }
    }

    /** A cell printed in bold or italic (a section label, a note under a row). */
    public record Cell(Object value, boolean bold, boolean italic) {

        public static Cell bold(Object value) {
            return new Cell(value, true, false);
        }

        public static Cell italic(Object value) {
            return new Cell(value, false, true);
        }
    }

    /**
     * Dòng: the cells of a row and how it is printed.
     *
     * @param cells     one value per column (fewer: the rest stay empty); a full-width row holds its text
     * @param style     NORMAL; BOLD; TOTAL (bold, text columns centred: "Tổng cộng"); SPAN (one bold cell across the
     *                  whole table: a group heading, a subtotal)
     * @param indented  the first left-aligned text column is indented (a sub-item: "- Trung học phổ thông")
     * @param spanAlign the alignment of a SPAN row's text
     */
    public record Row(List<Object> cells, Style style, boolean indented, Align spanAlign) {

        /** How a row is printed. */
        public enum Style {
            NORMAL, BOLD, TOTAL, SPAN
        }

        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
            Objects.requireNonNull(style, "style");
            spanAlign = spanAlign == null ? Align.LEFT : spanAlign;
            if (style == Style.SPAN && (cells.size() != 1 || !(cells.get(0) instanceof String))) {
                throw new IllegalArgumentException("a full-width row holds one text");
            }
        }

        public static Row of(Object... cells) {
            return new Row(Arrays.asList(cells), Style.NORMAL, false, null);
        }

        public static Row bold(Object... cells) {
            return new Row(Arrays.asList(cells), Style.BOLD, false, null);
        }

        public static Row total(Object... cells) {
            return new Row(Arrays.asList(cells), Style.TOTAL, false, null);
        }

        public static Row indented(Object... cells) {
            return new Row(Arrays.asList(cells), Style.NORMAL, true, null);
        }

        /** One bold text across the whole table. */
        public static Row span(String text, Align align) {
            return new Row(List.of(Objects.requireNonNull(VietnameseText.clean(text), "text")), Style.SPAN, false, align);
        }

        void check(int columns) {
            if (cells.size() > columns) {
                throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + columns
                        + " columns");
            }
        }
    }

    /** Collects the rows of a table. */
    public static final class Builder {
        private final List<Column> columns;
        private final List<List<String>> above = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private float fontSize = 12;

        Builder(List<Column> columns) {
            this.columns = columns;
        }

        /** A header row above the columns' titles (an empty string leaves its cell blank). */
        public Builder headerAbove(String... cells) {
            above.add(Arrays.asList(cells));
            return this;
        }

        public Builder fontSize(float size) {
            this.fontSize = size;
            return this;
        }

        public Builder row(Object... cells) {
            return add(Row.of(cells));
        }

        public Builder bold(Object... cells) {
            return add(Row.bold(cells));
        }

        public Builder indented(Object... cells) {
            return add(Row.indented(cells));
        }

        public Builder total(Object... cells) {
            return add(Row.total(cells));
        }

        public Builder span(String text, Align align) {
            return add(Row.span(text, align));
        }

        public Builder add(Row row) {
            rows.add(row);
            return this;
        }

        public Builder rows(Collection<Row> more) {
            rows.addAll(more);
            return this;
        }

        public Table build() {
            return new Table(columns, header(), rows, null, fontSize);
        }

        /** A table whose rows are read from {@code stream} while the document is filled (a long named list). */
        public Table streamed(RowStream stream) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("a streamed table has no rows of its own");
            }
            return new Table(columns, header(), List.of(), Objects.requireNonNull(stream, "stream"), fontSize);
        }

        private List<List<String>> header() {
            List<List<String>> all = new ArrayList<>(above);
            all.add(columns.stream().map(c -> c.title() == null ? "" : c.title()).toList());
            return all;
        }
    }
}
