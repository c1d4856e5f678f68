package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final String BOUNDARY = "----b0und4ry";

    private static byte[] form(String fileContent) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"danh-sach.csv\"\r\nContent-Type: application/vnd.ms-excel\r\n\r\n"
                + fileContent + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFilePartOfAFormIsStoredAndItsNameGivesTheFormat() throws IOException {
        String content = "Họ và tên;Ngày sinh\r\nA;1\r\n\r\n-- not a boundary\r\n";
        try (Upload u = Upload.receive(new ByteArrayInputStream(form(content)), "multipart/form-data; boundary=" + BOUNDARY, 1_000_000)) {
            assertEquals(Upload.Format.CSV, u.format());
            assertEquals(content, Files.readString(u.file()));
        }
    }

    @Test
    void rawBodiesLimitsAndTypes() throws IOException {
        byte[] csv = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
        try (Upload u = Upload.receive(new ByteArrayInputStream(csv), "text/csv; charset=UTF-8", 100)) {
            assertEquals(Upload.Format.CSV, u.format());
            assertEquals(csv.length, u.size());
        }
        assertThrows(Upload.TooLarge.class, () -> Upload.receive(new ByteArrayInputStream(csv), "text/csv", 4));
        assertThrows(Upload.TooLarge.class, () -> Upload.receive(new ByteArrayInputStream(form("x".repeat(50))),
                "multipart/form-data; boundary=" + BOUNDARY, 20));
        assertTrue(assertThrows(ImportFailure.class, () -> Upload.receive(new ByteArrayInputStream(csv), Spreadsheets.XLSX, 100)).wrongType());
        assertTrue(assertThrows(ImportFailure.class, () -> Upload.receive(new ByteArrayInputStream(csv), "application/json", 100)).wrongType());
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        ImportFailure old = assertThrows(ImportFailure.class, () -> Upload.receive(new ByteArrayInputStream(xls), Spreadsheets.XLSX, 100));
        assertTrue(old.getMessage().contains(".xls"));
    }
}
