package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path dir;

    @Test
    void rowsStreamWithDatesAsIsoAndGapsFilled() throws IOException {
        Path file = dir.resolve("a.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("Dữ liệu");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("Họ và tên");
            h.createCell(2).setCellValue("Ngày sinh");
            for (int r = 1; r <= 3000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Người " + r);
                row.createCell(1).setCellValue(r * 1000.0);
                var c = row.createCell(2);
                c.setCellValue(LocalDate.of(1990, 1, 1).plusDays(r));
                c.setCellStyle(date);
            }
            sheet.createRow(3002).createCell(3).setCellValue(2.5);
            wb.write(out);
            wb.dispose();
        }
        List<String> rows = new ArrayList<>();
        XlsxReader.read(file.toFile(), (n, cells) -> rows.add(n + ":" + String.join("|", cells)));
        assertEquals(3002, rows.size());
        assertEquals("1:Họ và tên||Ngày sinh", rows.get(0));
        assertEquals("2:Người 1|1000|1990-01-02", rows.get(1));
        assertEquals("3003:|||2.5", rows.get(3001));
        assertEquals(3003, XlsxReader.declaredLastRow(file.toFile()));
    }

    @Test
    void theExportWriterAndTheReaderAgree() throws IOException {
        Path file = dir.resolve("b.xlsx");
        List<Column> columns = List.of(Column.required("name", "Họ và tên", null), Column.required("birth", "Ngày sinh", null),
                Column.optional("member", "Đoàn viên", null), Column.optional("count", "Số", null));
        try (OutputStream out = Files.newOutputStream(file)) {
            Spreadsheets.export(columns, List.<Map<String, Object>>of(
                    Map.of("name", "Lò Văn Páo", "birth", LocalDate.of(1995, 3, 2), "member", true, "count", 12)).iterator(), out);
        }
        List<List<String>> rows = new ArrayList<>();
        XlsxReader.read(file.toFile(), (n, cells) -> rows.add(cells));
        assertEquals(List.of("Họ và tên", "Ngày sinh", "Đoàn viên", "Số"), rows.get(0));
        assertEquals(List.of("Lò Văn Páo", "1995-03-02", "Có", "12"), rows.get(1));

        // the same file after Excel-like editing (XSSF: shared strings instead of inline strings) reads the same
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheetAt(0).getRow(1).getCell(0).setCellValue("Lò Văn Pá");
            try (OutputStream out = Files.newOutputStream(dir.resolve("b2.xlsx"))) {
                wb.write(out);
            }
        }
        rows.clear();
        XlsxReader.read(dir.resolve("b2.xlsx").toFile(), (n, cells) -> rows.add(cells));
        assertEquals(List.of("Họ và tên", "Ngày sinh", "Đoàn viên", "Số"), rows.get(0));
        assertEquals(List.of("Lò Văn Pá", "1995-03-02", "Có", "12"), rows.get(1));
    }

    @Test
    void notAnXlsxFileIsAWrongType() throws IOException {
        Path file = dir.resolve("c.xlsx");
        Files.writeString(file, "Họ và tên;Ngày sinh\n");
        ImportFailure f = assertThrows(ImportFailure.class, () -> XlsxReader.read(file.toFile(), (n, c) -> { }));
        assertTrue(f.wrongType());
    }
}
