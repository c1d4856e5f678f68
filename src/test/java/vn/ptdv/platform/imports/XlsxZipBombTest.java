package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A spreadsheet whose sheet inflates a thousandfold (a zip bomb) is a clear 400 failure, not an I/O error (500). */
class XlsxZipBombTest {

    @Test
    void aZipBombIsAnImportFailure() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Dữ liệu").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(plain);
        }
        File bomb = File.createTempFile("ptdv-bomb-", ".xlsx");
        try {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb.toPath()))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(in.readAllBytes());
                    if (e.getName().startsWith("xl/worksheets/")) {
                        // white space after the root element is well-formed XML and deflates about 1000:1
                        writeSpaces(out, 40L * 1024 * 1024);
                    }
                    out.closeEntry();
                }
            }
            assertTrue(bomb.length() < 1024 * 1024, "a small file");
            ImportFailure f = assertThrows(ImportFailure.class, () -> XlsxReader.read(bomb, (n, cells) -> { }));
            assertTrue(f.getMessage().contains("XLSX") && !f.wrongType(), f.getMessage());
        } finally {
            Files.deleteIfExists(bomb.toPath());
        }
    }

    private static void writeSpaces(OutputStream out, long n) throws java.io.IOException {
        byte[] block = new byte[1 << 16];
        java.util.Arrays.fill(block, (byte) ' ');
        for (long written = 0; written < n; written += block.length) {
            out.write(block);
        }
    }
}
