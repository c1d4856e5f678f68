package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    @Test
    void headersMatchWithoutCaseDiacriticsOrSpacing() {
        assertEquals("hovaten", HeaderNames.key("Họ và tên"));
        assertEquals("hovaten", HeaderNames.key("HỌ VÀ TÊN"));
        assertEquals("hovaten", HeaderNames.key("  ho  va\nten "));
        assertEquals("hovaten", HeaderNames.key(Normalizer.normalize("Họ và tên", Normalizer.Form.NFD)));
        assertEquals("dantoc", HeaderNames.key("Dân\u00A0tộc"));
        assertEquals("sqd", HeaderNames.key("S.QĐ"));
        assertEquals("", HeaderNames.key(null));
    }

    @Test
    void aColumnMatchesItsHeaderAndAliasesOnly() {
        Column c = Column.required("decisionDate", "Ngày quyết định", "20/05/2024", "Ngày kết nạp");
        assertTrue(c.matches("ngay quyet dinh"));
        assertTrue(c.matches("NGÀY KẾT NẠP"));
        assertFalse(c.matches("Ngày sinh"));
        assertFalse(c.matches(""));
    }

    @Test
    void layoutReportsUnknownAndMissingColumnsAndRejectsTwins() {
        List<Column> columns = List.of(Column.required("fullName", "Họ và tên", null), Column.required("birthDate", "Ngày sinh", null),
                Column.optional("religion", "Tôn giáo", null));
        ImportLayout layout = ImportLayout.of(columns, List.of("STT", "ho va ten", "", "Tôn giáo"));
        assertEquals(List.of("STT"), layout.unknownColumns());
        assertEquals("birthDate", layout.missingColumns().get(0).field());
        assertEquals("ho va ten", layout.fileHeader("fullName"));
        assertEquals("Lò Văn Páo", layout.values(List.of("1", "Lò Văn Páo", "x", "")).get("fullName"));
        ImportFailure f = org.junit.jupiter.api.Assertions.assertThrows(ImportFailure.class,
                () -> ImportLayout.of(columns, List.of("Họ và tên", "HỌ VÀ TÊN")));
        assertTrue(f.getMessage().contains("hai lần"));
    }
}
