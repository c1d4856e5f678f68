package vn.ptdv.admission.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.HeaderNames;
import vn.ptdv.platform.imports.ImportLayout;

class AdmissionSheetTest {

    @Test
    void theHeadersUnitsCommonlyWriteAreRecognised() {
        ImportLayout layout = ImportLayout.of(AdmissionSheet.COLUMNS, List.of("STT", "Họ và tên khai sinh", "Giới tính",
                "Ngày sinh", "Dân tộc", "Trình độ phổ thông", "Trình độ CM", "Trình độ LLCT", "Nghề nghiệp", "Mã đơn vị",
                "Số QĐ", "Ngày vào Đảng"));
        assertEquals(List.of("STT"), layout.unknownColumns());
        assertTrue(layout.missingColumns().isEmpty(), () -> layout.missingColumns().toString());
        for (String header : List.of("Trình độ văn hóa", "TRÌNH ĐỘ VĂN HOÁ", "Trình độ GDPT", "Giáo dục phổ thông")) {
            assertEquals("generalEducation", column(header), header);
        }
        assertEquals(null, column("Trình độ"), "a header that names no column stays unknown");
    }

    @Test
    void noHeaderNamesTwoColumns() {
        Map<String, String> owner = new HashMap<>();
        for (Column c : AdmissionSheet.COLUMNS) {
            for (String name : Stream.concat(Stream.of(c.header()), c.aliases().stream()).toList()) {
                String key = HeaderNames.key(name);
                String previous = owner.putIfAbsent(key, c.field());
                assertTrue(previous == null || previous.equals(c.field()),
                        () -> "'" + name + "' names both " + owner.get(key) + " and " + c.field());
            }
        }
    }

    private static String column(String header) {
        return AdmissionSheet.COLUMNS.stream().filter(c -> c.matches(header)).map(Column::field).findFirst().orElse(null);
    }
}
