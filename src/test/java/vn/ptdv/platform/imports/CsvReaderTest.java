package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<String> rows(String text) {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> rows(byte[] bytes) {
        List<String> out = new ArrayList<>();
        CsvReader.read(new ByteArrayInputStream(bytes), (n, cells) -> out.add(n + ":" + String.join("|", cells)));
        return out;
    }

    @Test
    void semicolonsWithBomAndCrlf() {
        assertEquals(List.of("1:Họ và tên|Ngày sinh", "2:Lò Văn Páo|02/03/1995", "3:A|"),
                rows("\uFEFFHọ và tên;Ngày sinh\r\nLò Văn Páo;02/03/1995\r\nA;\r\n"));
    }

    @Test
    void commasWhenTheHeaderHasMoreCommas() {
        assertEquals(List.of("1:a|b;c", "2:1|2"), rows("a,\"b;c\"\n1,2"));
        assertEquals(List.of("1:a,b|c", "2:1|2"), rows("\"a,b\";c\n1;2\n"));
    }

    @Test
    void quotesDoubledQuotesAndLineBreaksInsideCells() {
        assertEquals(List.of("1:x|y", "2:say \"hi\"|two\nlines", "3:last|"),
                rows("x,y\n\"say \"\"hi\"\"\",\"two\nlines\"\nlast,\"\""));
    }

    @Test
    void rowNumbersCountBlankLines() {
        assertEquals(List.of("1:h", "2:", "3:b"), rows("h\n\nb\n"));
    }

    @Test
    void notUtf8IsAClearFailure() {

        byte[] cp1258 = {(byte) 'H', (byte) 0xE4, (byte) ';', (byte) 'x', (byte) '\n'};
        assertThrows(ImportFailure.class, () -> rows(cp1258));

    }
}
