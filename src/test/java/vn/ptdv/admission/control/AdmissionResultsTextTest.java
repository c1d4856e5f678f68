package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.admission.control.AdmissionResultsFixtures.laoCai;
import static vn.ptdv.admission.control.AdmissionResultsFixtures.org;
import static vn.ptdv.admission.control.AdmissionResultsFixtures.unit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionResults.Breakdown;
import vn.ptdv.admission.api.AdmissionResults.TermProgress;
import vn.ptdv.admission.api.AdmissionResults.UnitRow;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.reporting.api.Table;

class AdmissionResultsTextTest {

    private static AdmissionResults with(Integer target, long admitted, List<UnitRow> units, TermProgress term,
                                         OrganizationKind kind) {
        Breakdown b = new Breakdown(admitted, 0, 0, 0, 0, 0, 0, 0, null, null, null);
        return new AdmissionResults(org(9, "X", "Đảng bộ xã Nậm Mả", kind), 2024, target, b, units, 0, 7, null, term, List.of());
    }

    /** The cells of a table's row as printed. */
    private static List<String> cells(Table table, int row) {
        return table.texts(table.rows().get(row));
    }

    @Test
    void headlineOfTheProvinceNamesThePlanAndTheExcess() {
        assertEquals("Năm 2024, toàn Đảng bộ kết nạp 2.287/2.022 đảng viên, đạt 113,1% kế hoạch (vượt 13,1%)",
                AdmissionResultsText.headline(laoCai()));
    }

    @Test
    void headlineFallsBackToTheUnitsRegisteredTargets() {
        AdmissionResults r = with(null, 14, List.of(unit(2, "A", "Chi bộ thôn Nậm Mả", 4, 6, 6, 6),
                unit(3, "B", "Chi bộ thôn Khe Pịa", 2, 8, 0, 0)), null, OrganizationKind.GRASSROOTS_COMMITTEE);
        assertEquals("Năm 2024, toàn Đảng bộ kết nạp 14/6 đảng viên, đạt 233,3% chỉ tiêu đăng ký (vượt 133,3%)",
                AdmissionResultsText.headline(r));
    }

    @Test
    void headlineWithoutAnyTargetOrBelowOrZero() {
        assertEquals("Năm 2024, toàn Chi bộ kết nạp 3 đảng viên (chưa đăng ký chỉ tiêu kết nạp)",
                AdmissionResultsText.headline(with(null, 3, List.of(), null, OrganizationKind.CELL)));
        assertEquals("Năm 2024, toàn Đảng bộ kết nạp 8/10 đảng viên, đạt 80,0% kế hoạch (còn thiếu 2 đảng viên)",
                AdmissionResultsText.headline(with(10, 8, List.of(), null, OrganizationKind.GRASSROOTS_COMMITTEE)));
        assertEquals("Năm 2024, toàn Đảng bộ kết nạp 10/10 đảng viên, đạt 100,0% kế hoạch",
                AdmissionResultsText.headline(with(10, 10, List.of(), null, OrganizationKind.GRASSROOTS_COMMITTEE)));
        assertEquals("Năm 2024, toàn Đảng bộ kết nạp 5 đảng viên (kế hoạch bằng 0, không tính tỷ lệ)",
                AdmissionResultsText.headline(with(0, 5, List.of(), null, OrganizationKind.GRASSROOTS_COMMITTEE)));
        assertEquals("Năm 2024, toàn Đảng bộ chưa kết nạp đảng viên nào (kế hoạch 4 đảng viên)",
                AdmissionResultsText.headline(with(4, 0, List.of(), null, OrganizationKind.GRASSROOTS_COMMITTEE)));
        assertEquals("Năm 2024, toàn Đảng bộ chưa kết nạp đảng viên nào và chưa đăng ký chỉ tiêu kết nạp",
                AdmissionResultsText.headline(with(null, 0, List.of(), null, OrganizationKind.GRASSROOTS_COMMITTEE)));
    }

    @Test
    void topUnitsAreRankedByExactRatio() {
        assertEquals("Các đơn vị có tỷ lệ kết nạp so với chỉ tiêu đăng ký cao nhất: Đảng bộ Bộ đội Biên phòng tỉnh "
                        + "(150,0%), Đảng bộ huyện Mường Khương (149,0%), Đảng bộ huyện Bảo Thắng (121,6%).",
                AdmissionResultsText.topUnitsSentence(laoCai().units(), 3));
        // 2/3 (66,7%) above 6666/10000 (66,7% too when rounded): the exact fraction decides; a tie goes to more admitted
        List<UnitRow> units = List.of(unit(2, "A", "Đơn vị A", 10000, 6666, 0, 0), unit(3, "B", "Đơn vị B", 3, 2, 0, 0),
                unit(4, "C", "Đơn vị C", 6, 4, 0, 0), unit(5, "D", "Đơn vị D", null, 50, 0, 0),
                unit(6, "E", "Đơn vị E", 0, 3, 0, 0), unit(7, "F", "Đơn vị F", 5, 0, 0, 0));
        assertEquals(List.of("C", "B", "A"), AdmissionResultsText.topUnits(units, 5).stream().map(u -> u.unit().code()).toList());
        assertNull(AdmissionResultsText.topUnitsSentence(List.of(unit(2, "D", "Đơn vị D", null, 50, 0, 0)), 3));
    }

    @Test
    void ratioCellsNeverDivideByZero() {
        assertEquals("150,0%", AdmissionResultsText.ratioCell(40, 60));
        assertEquals("121,6%", AdmissionResultsText.ratioCell(222, 270));
        assertEquals("chưa đăng ký chỉ tiêu", AdmissionResultsText.ratioCell(null, 5));
        assertEquals("chưa đăng ký chỉ tiêu; chưa kết nạp", AdmissionResultsText.ratioCell(null, 0));
        assertEquals("chưa kết nạp", AdmissionResultsText.ratioCell(5, 0));
        assertEquals("chưa kết nạp", AdmissionResultsText.ratioCell(0, 0));
        assertEquals("chỉ tiêu bằng 0", AdmissionResultsText.ratioCell(0, 3));
        assertNull(unit(2, "A", "A", 0, 3, 0, 0).ratio());
        assertNull(unit(2, "A", "A", null, 3, 0, 0).ratio());
        assertEquals(new BigDecimal("233.3"), unit(2, "A", "A", 6, 14, 0, 0).ratio());
    }

    @Test
    void sharesRoundHalfUpAndEmptyYearsHaveDashes() {
        Breakdown b = laoCai().breakdown();
        assertEquals("48,1%", AdmissionResultsText.share(b, 1100));
        assertEquals("79,1%", AdmissionResultsText.share(b, 1810));
        assertEquals("63,5%", AdmissionResultsText.share(b, 1452));
        assertEquals("8,7%", AdmissionResultsText.share(b, b.intermediateAndElementary()));
        assertEquals(198, b.intermediateAndElementary());
        Breakdown empty = Breakdown.empty();
        assertEquals("–", AdmissionResultsText.share(empty, 0));
        assertNull(AdmissionResultsText.structureSentence(empty));
        // 1/8 = 12,5% exactly; 1/16 = 6,25% → 6,3% (half-up)
        assertEquals("6,3%", AdmissionResultsText.share(new Breakdown(16, 0, 0, 0, 0, 0, 0, 0, null, null, null), 1));
    }

    @Test
    void termProgressAndComparison() {
        AdmissionResults r = with(6, 14, List.of(), new TermProgress(2020, 2025, 18, 21), OrganizationKind.GRASSROOTS_COMMITTEE);
        assertEquals("Từ đầu nhiệm kỳ 2020–2025 đến hết năm 2024 đã kết nạp 21/18 đảng viên, đạt 116,7% chỉ tiêu nhiệm kỳ.",
                AdmissionResultsText.termProgress(r));
        assertEquals("So với năm 2023 (kết nạp 7 đảng viên), số đảng viên được kết nạp tăng 7 đảng viên (tăng 100,0%).",
                AdmissionResultsText.comparison(r));
        assertNull(AdmissionResultsText.termProgress(laoCai()));
        assertEquals("So với năm 2023 (kết nạp 2.150 đảng viên, đạt 107,5% kế hoạch), số đảng viên được kết nạp tăng "
                + "137 đảng viên (tăng 6,4%).", AdmissionResultsText.comparison(laoCai()));
        AdmissionResults zeroTerm = with(6, 14, List.of(), new TermProgress(2020, 2025, 0, 21), OrganizationKind.GRASSROOTS_COMMITTEE);
        assertTrue(AdmissionResultsText.termProgress(zeroTerm).contains("không tính tỷ lệ"));
    }

    @Test
    void unitsTableHasMarksAndTotals() {
        List<UnitRow> units = List.of(unit(2, "A", "Đơn vị A", 10, 12, 5, 3), unit(3, "B", "Đơn vị B", null, 4, 1, 1),
                unit(4, "C", "Đơn vị C", 5, 0, 0, 0));
        Breakdown b = new Breakdown(16, 6, 4, 0, 0, 0, 0, 0, null, null, null);
        AdmissionResults r = new AdmissionResults(org(1, "R", "Đảng bộ huyện Thử", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE),
                2024, null, b, units, 0, 0, null, null, List.of());
        Table table = AdmissionResultsText.unitsTable(r);
        assertEquals(4, table.rows().size(), "three units and the totals row");
        assertEquals(List.of("–", "4", "chưa đăng ký chỉ tiêu"), cells(table, 1).subList(2, 5));
        assertEquals("chưa kết nạp", cells(table, 2).get(4));
        assertEquals(Table.Row.Style.TOTAL, table.rows().get(3).style());
        assertEquals(List.of("Tổng cộng", "15", "16", "106,7%", "6", "4"), cells(table, 3).subList(1, 7));
        assertEquals("Đơn vị chưa đăng ký chỉ tiêu: Đơn vị B. Đơn vị chưa kết nạp đảng viên trong năm: Đơn vị C.",
                AdmissionResultsText.marksSentence(units));
        assertEquals("Năm 2023 Đảng bộ chưa kết nạp đảng viên nào; năm 2024 kết nạp 16 đảng viên.",
                AdmissionResultsText.comparison(r));
    }

    @Test
    void provinceTableRowsCarryTheAcceptanceFigures() {
        Table table = AdmissionResultsText.unitsTable(laoCai());
        List<String> bp = table.rows().stream().map(table::texts)
                .filter(l -> "Đảng bộ Bộ đội Biên phòng tỉnh".equals(l.get(1))).findFirst().orElseThrow();
        assertEquals(List.of("40", "60", "150,0%"), bp.subList(2, 5));
        List<String> total = cells(table, table.rows().size() - 1);
        assertEquals(List.of("2.022", "2.287", "113,1%"), total.subList(2, 5));
        Table breakdown = AdmissionResultsText.breakdownTable(laoCai().breakdown());
        List<List<String>> subItems = breakdown.rows().stream().filter(r -> r.indented()).map(breakdown::texts).toList();
        assertTrue(subItems.contains(Arrays.asList(null, "- Trung cấp và sơ cấp", "198", "8,7%")));
        assertTrue(subItems.contains(Arrays.asList(null, "- Trung học phổ thông", "1.810", "79,1%")));
    }

    @Test
    void aPreviousYearOfOtherUnitsNamesThemAndPrintsNoRatioOfATargetOfAnotherStructure() {
        Breakdown b = new Breakdown(9, 0, 0, 0, 0, 0, 0, 0, null, null, null);
        AdmissionResults merged = new AdmissionResults(org(9, "N", "Đảng bộ xã Nậm Mới", OrganizationKind.GRASSROOTS_COMMITTEE),
                2025, 10, b, List.of(), 0, 6, null, null, List.of(org(2, "A", "Đảng bộ xã Nậm Một",
                OrganizationKind.GRASSROOTS_COMMITTEE), org(3, "B", "Đảng bộ xã Bản Bè", OrganizationKind.GRASSROOTS_COMMITTEE)));
        String text = AdmissionResultsText.comparison(merged);
        assertTrue(text.startsWith("So với năm 2024 (kết nạp 6 đảng viên), số đảng viên được kết nạp tăng 3"), text);
        assertTrue(text.contains("tổ chức tiền thân") && text.contains("Đảng bộ xã Nậm Một (A); Đảng bộ xã Bản Bè (B)"), text);
        AdmissionResults own = new AdmissionResults(merged.organization(), 2025, 10, b, List.of(), 0, 6, 5, null,
                List.of(merged.organization()));
        assertTrue(own.previousSameUnit());
        assertTrue(AdmissionResultsText.comparison(own).contains("đạt 120,0% kế hoạch"), AdmissionResultsText.comparison(own));
    }
}
