package vn.ptdv.reporting.control;

import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;

/**
 * One row of the document template {@code reporting/document}: {@code kind} picks its band; {@code subtitle} is the
 * line under an appendix's title; a table row carries the table's laid-out subreport, its rows, its header and its
 * column count (fields as in the template).
 */
record BodyLine(String kind, String text, String subtitle, JasperReport table, JRDataSource rows,
                List<List<String>> header, Integer columns) {

    /** The bands of the document template. */
    enum Kind {
        PARAGRAPH, NOTE, HEADING, ITEM, TABLE, PAGE_BREAK, APPENDIX, SIGNATURE
    }

    static BodyLine text(Kind kind, String text) {
        return new BodyLine(kind.name(), text, null, null, null, null, null);
    }
}
