package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AwardReportsTest {

    @Test
    void committeesAndDepartmentsAreWrittenAsInRunningText() {
        assertEquals("Huyện ủy Bảo Thắng", AwardReports.titleCase("HUYỆN ỦY BẢO THẮNG"));
        assertEquals("Ban Thường vụ Huyện ủy Bảo Thắng", AwardReports.titleCase("BAN THƯỜNG VỤ HUYỆN ỦY BẢO THẮNG"));
        assertEquals("Ban Tổ chức Tỉnh ủy Lào Cai", AwardReports.titleCase("BAN TỔ CHỨC TỈNH ỦY LÀO CAI"));
        assertEquals("Ban Tuyên giáo Tỉnh ủy", AwardReports.titleCase("BAN TUYÊN GIÁO TỈNH ỦY"));
    }
}
