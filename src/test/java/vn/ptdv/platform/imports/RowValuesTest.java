package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowValuesTest {

    enum Gender { MALE, FEMALE }

    private static String label(Gender g) {
        return g == Gender.MALE ? "Nam" : "Nữ";
    }

    @Test
    void parsersNoteVietnameseErrorsOnTheirFields() {
        Map<String, Column> columns = Map.of("birth", Column.required("birth", "Ngày sinh", null));
        RowValues row = new RowValues(7, Map.of("name", Normalizer.normalize("  Lò  Văn Páo ", Normalizer.Form.NFD),
                "birth", "31/02/1990", "g1", "nữ", "g2", "FEMALE", "g3", "Khác", "n", "1.200", "flag", "x", "flag2", "Có lẽ"), columns);
        assertEquals("Lò Văn Páo", row.text("name"));
        assertTrue(Normalizer.isNormalized(row.text("name"), Normalizer.Form.NFC));
        assertNull(row.date("birth"));
        assertTrue(row.errors().get("birth").startsWith("Ngày sinh '31/02/1990' không phải ngày hợp lệ"));
        assertEquals(Gender.FEMALE, row.choice("g1", Gender.class, RowValuesTest::label));
        assertEquals(Gender.FEMALE, row.choice("g2", Gender.class, RowValuesTest::label));
        assertNull(row.choice("g3", Gender.class, RowValuesTest::label));
        assertTrue(row.errors().get("g3").contains("cho phép: Nam, Nữ"));
        assertEquals(1200, row.integer("n"));
        assertTrue(row.flag("flag"));
        assertFalse(row.flag("flag2"));
        assertTrue(row.errors().containsKey("flag2"));
        assertFalse(row.flag("absent"));
        assertNull(row.code("absent", v -> Optional.empty(), "{}"));
        assertEquals(LocalDate.of(2024, 1, 24), new RowValues(2, Map.of("d", "2024-01-24"), columns).date("d"));
    }

    @Test
    void decimalsDateListsAndPresentColumns() {
        Map<String, Column> columns = Map.of("absent", Column.optional("absent", "Vắng các buổi", null),
                "score", Column.optional("score", "Điểm", null));
        java.util.HashMap<String, String> values = new java.util.HashMap<>();
        values.put("score", "8,5");
        values.put("s2", "7.5");
        values.put("s3", "tám");
        values.put("absent", "05/03/2024; 2024-03-07 ,08/03/2024");
        values.put("blank", null);
        values.put("bad", "05/03/2024; 31/02/2024");
        RowValues row = new RowValues(3, values, columns);
        assertEquals(new java.math.BigDecimal("8.5"), row.decimal("score"));
        assertEquals(new java.math.BigDecimal("7.5"), row.decimal("s2"));
        assertNull(row.decimal("s3"));
        assertTrue(row.errors().get("s3").contains("phải là một số"));
        assertEquals(java.util.List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8)), row.dates("absent"));
        assertEquals(java.util.List.of(), row.dates("blank"));
        assertTrue(row.has("blank"), "a column present with a blank cell");
        assertFalse(row.has("missing"));
        row.dates("bad");
        assertTrue(row.errors().get("bad").contains("'31/02/2024' không phải ngày hợp lệ"), row.errors()::toString);
    }
}
