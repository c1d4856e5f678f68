package vn.ptdv.reporting.control;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.util.JRStringUtil;
import vn.ptdv.reporting.api.RenderProgress;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Cell;
import vn.ptdv.reporting.api.Table.Row;
import vn.ptdv.shared.VietnameseText;

/**
 * The rows of one table as the data source of {@code reporting/document-table}: per row the band that prints it and
 * its cells formatted by the columns' types (fields {@code band}, {@code c0} … {@code c11}). A streamed table opens
 * its stream at the first row, in the rendering thread, and stops with an exception once the rendering is cancelled.
 */
final class TableRows implements JRDataSource {

    /** The band of a row, as the template's print-when expressions name them. */
    enum Band {
        PLAIN, STYLED, INDENTED, TOTAL, SPAN_LEFT, SPAN_CENTER, SPAN_RIGHT
    }

    private final Table table;
    private final RenderProgress progress;
    private final List<AutoCloseable> streams;
    private Iterator<Row> rows;
    private Band band;
    private String[] cells;

    TableRows(Table table, RenderProgress progress, List<AutoCloseable> streams) {
        this.table = table;
        this.progress = progress;
        this.streams = streams;
    }

    @Override
    public boolean next() throws JRException {
        if (progress.cancelled()) {
            throw new JRException("Rendering cancelled");
        }
        if (rows == null) {
            rows = table.streamed() ? table.stream().open() : table.rows().iterator();
            if (rows instanceof AutoCloseable closeable) {
                streams.add(closeable);
            }
        }
        if (!rows.hasNext()) {
            return false;
        }
        Row row = rows.next();
        band = band(row);
        List<String> texts = table.texts(row);
        cells = new String[texts.size()];
        boolean styled = band == Band.STYLED || band == Band.INDENTED;
        for (int i = 0; i < cells.length; i++) {
            String text = VietnameseText.nfc(texts.get(i));
            Object value = i < row.cells().size() ? row.cells().get(i) : null;
            cells[i] = styled ? styled(text, value instanceof Cell c ? c : null, row.style() == Row.Style.BOLD) : text;
        }
        return true;
    }

    static Band band(Row row) {
        return switch (row.style()) {
            case SPAN -> switch (row.spanAlign()) {
                case LEFT -> Band.SPAN_LEFT;
                case CENTER -> Band.SPAN_CENTER;
                case RIGHT -> Band.SPAN_RIGHT;
            };
            case TOTAL -> Band.TOTAL;
            default -> row.indented() ? Band.INDENTED
                    : row.style() == Row.Style.BOLD || row.cells().stream().anyMatch(Cell.class::isInstance)
                    ? Band.STYLED : Band.PLAIN;
        };
    }

    /** A cell of the styled bands: the text escaped for JasperReports' styled markup, bold or italic as asked. */
    static String styled(String text, Cell cell, boolean boldRow) {
        if (text == null) {
            return null;
        }
        String escaped = JRStringUtil.xmlEncode(text);
        boolean bold = boldRow || cell != null && cell.bold();
        boolean italic = cell != null && cell.italic();
        if (!bold && !italic) {
            return escaped;
        }
        return "<style" + (bold ? " isBold=\"true\"" : "") + (italic ? " isItalic=\"true\"" : "") + ">" + escaped
                + "</style>";
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        String name = field.getName();
        if (name.equals("band")) {
            return band.name();
        }
        int i = Integer.parseInt(name.substring(1));
        return i < cells.length ? cells[i] : null;
    }
}
