package vn.ptdv.platform.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes import templates and exports with the columns of an import kind, so that an export is a file the same kind
 * imports unchanged. Exports stream (SXSSF: a window of rows in memory, the rest on disk).
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATA_SHEET = "Dữ liệu";
    static final String LIST_SHEET = "Danh mục";
    private static final int TEMPLATE_ROWS = 50_000;

    private Spreadsheets() {
    }

    /** The template: the header row, one sample row, a hidden sheet of code lists and drop-downs on the coded columns. */
    public static void template(ImportKind kind, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet data = wb.createSheet(DATA_SHEET);
            header(wb, data, kind.columns());
            Row sample = data.createRow(1);
            for (int i = 0; i < kind.columns().size(); i++) {
                String example = kind.columns().get(i).example();
                if (example != null) {
                    sample.createCell(i).setCellValue(example);
                }
            }
            Sheet lists = wb.createSheet(LIST_SHEET);
            DataValidationHelper helper = data.getDataValidationHelper();
            int listColumn = 0;
            for (int i = 0; i < kind.columns().size(); i++) {
                Column c = kind.columns().get(i);
                if (c.choices().isEmpty()) {
                    continue;
                }
                for (int r = 0; r < c.choices().size(); r++) {
                    Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                    row.createCell(listColumn).setCellValue(c.choices().get(r));
                }
                String col = CellReference.convertNumToColString(listColumn);
                Name name = wb.createName();
                name.setNameName("ds_" + c.field());
                name.setRefersToFormula("'" + LIST_SHEET + "'!$" + col + "$1:$" + col + "$" + c.choices().size());
                DataValidation v = helper.createValidation(helper.createFormulaListConstraint("ds_" + c.field()),
                        new CellRangeAddressList(1, TEMPLATE_ROWS, i, i));
                v.setShowErrorBox(true);
                v.createErrorBox("Giá trị không có trong danh mục", "Chọn một giá trị trong danh sách của cột " + c.header() + ".");
                data.addValidationData(v);
                listColumn++;
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.write(out);
        }
    }

    /**
     * An export: the header row, then one row per map (field → String, LocalDate, Number or Boolean; null leaves the
     * cell empty). Dates are date cells shown dd/mm/yyyy; true is "Có", false an empty cell.
     */
    public static void export(List<Column> columns, Iterator<Map<String, Object>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = wb.createSheet(DATA_SHEET);
            header(wb, sheet, columns);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            int r = 1;
            while (rows.hasNext()) {
                Map<String, Object> values = rows.next();
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = values.get(columns.get(i).field());
                    if (v instanceof LocalDate d) {
                        var cell = row.createCell(i);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        if (b) {
                            row.createCell(i).setCellValue("Có");
                        }
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
                if (r > SpreadsheetVersion.EXCEL2007.getMaxRows() - 1) {
                    break;
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void header(Workbook wb, Sheet sheet, List<Column> columns) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, columns.get(i).header().length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
