package vn.ptdv.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationBulkLoad.OrganizationRow;
import vn.ptdv.organization.api.OrganizationKind;

/** The demo through the present: the structure of 1/7/2025 (domain.md §6.2), the lineage, the dates and counts. */
class ProvinceNowGeneratorTest {

    private static DemoDataset laoCai;
    private static DemoNow now;

    @BeforeAll
    static void generate() {
        laoCai = LaoCaiDemoGenerator.generate();
        now = ProvinceNowGenerator.generate(laoCai);
    }

    private static List<OrganizationRow> openOn(LocalDate day) {
        return now.organizations().stream().filter(r -> !r.validFrom().isAfter(day)
                && (r.validTo() == null || !r.validTo().isBefore(day))).toList();
    }

    @Test
    void ninetyNineCommunesDirectlyUnderTheNewProvince() {
        List<OrganizationRow> communes = openOn(ProvinceNowGenerator.CHANGE).stream()
                .filter(r -> "LC".equals(r.parentCode()) && r.kind() == OrganizationKind.GRASSROOTS_COMMITTEE).toList();
        assertEquals(99, communes.size());
        assertEquals(10, communes.stream().filter(r -> r.name().startsWith("Đảng bộ phường ")).count());
        assertEquals(89, communes.stream().filter(r -> r.name().startsWith("Đảng bộ xã ")).count());
        Map<String, Long> oldLaoCai = communes.stream().filter(r -> !r.code().startsWith("LC-Y"))
                .collect(Collectors.groupingBy(r -> r.code().replaceAll("\\d+$", ""), Collectors.counting()));
        assertEquals(Map.of("LC-BT", 5L, "LC-TP", 4L, "LC-BX", 7L, "LC-BY", 6L, "LC-VB", 8L, "LC-SP", 6L, "LC-BH", 6L,
                "LC-SMC", 2L, "LC-MK", 4L), oldLaoCai, "NQ 60-NQ/TU");
        Set<String> upper = openOn(ProvinceNowGenerator.CHANGE).stream()
                .filter(r -> "LC".equals(r.parentCode()) && r.kind() == OrganizationKind.UPPER_GRASSROOTS_COMMITTEE)
                .map(OrganizationRow::code).collect(Collectors.toSet());
        assertEquals(Set.of("LC-CQD", "LC-UBND", "LC-QS", "LC-BP", "LC-CA"), upper);
        assertTrue(openOn(ProvinceNowGenerator.CHANGE).stream().noneMatch(r -> r.name().contains("thị trấn")
                && r.kind() == OrganizationKind.GRASSROOTS_COMMITTEE), "no thị trấn after the reform");
    }

    @Test
    void theOldStructureEndsTheDayBeforeAndTheLineageJoinsTheTwo() {
        List<OrganizationRow> before = openOn(ProvinceNowGenerator.LAST_OLD_DAY);
        assertEquals(Set.of("LC", "YB"), before.stream().filter(r -> r.parentCode() == null).map(OrganizationRow::code)
                .collect(Collectors.toSet()));
        assertTrue(before.stream().allMatch(r -> ProvinceNowGenerator.LAST_OLD_DAY.equals(r.validTo())));
        Map<String, Integer> seen = new HashMap<>();
        for (OrganizationRow r : now.organizations()) {
            seen.merge(r.code() + "@" + r.validFrom(), 1, Integer::sum);
        }
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "one record of a code at a time");
        Set<String> oldCodes = before.stream().map(OrganizationRow::code).collect(Collectors.toSet());
        Set<String> newCodes = openOn(ProvinceNowGenerator.CHANGE).stream().map(OrganizationRow::code).collect(Collectors.toSet());
        now.lineage().forEach(l -> {
            assertTrue(oldCodes.contains(l.predecessorCode()), l::toString);
            assertTrue(newCodes.contains(l.successorCode()), l::toString);
        });
        assertTrue(now.lineage().stream().anyMatch(l -> l.type().equals("MERGE") && l.predecessorCode().equals("YB")
                && l.successorCode().equals("LC")));
        // every cell of the old structure goes on under a new commune or committee (re-parented)
        Set<String> moved = now.lineage().stream().filter(l -> l.type().equals("REPARENT"))
                .map(l -> l.predecessorCode()).collect(Collectors.toSet());
        before.stream().filter(r -> r.kind() == OrganizationKind.CELL || r.kind() == OrganizationKind.GRASSROOTS_CELL)
                .forEach(r -> assertTrue(moved.contains(r.code()), r.code()));
        assertEquals(laoCai.organizations().size() + 0L, before.stream().filter(r -> !r.code().startsWith("YB")).count());
    }

    @Test
    void admissionsEndAtTheAsOfDateWithUniqueDecisionNumbers() {
        assertTrue(now.admissions().stream().noneMatch(a -> a.decisionDate().isAfter(ProvinceNowGenerator.AS_OF)
                || a.ceremonyDate().isAfter(ProvinceNowGenerator.AS_OF)));
        Set<String> numbers = new HashSet<>();
        laoCai.admissions().forEach(a -> numbers.add(a.decisionNumber()));
        now.admissions().forEach(a -> assertTrue(numbers.add(a.decisionNumber()), a.decisionNumber()));
        long yb2024 = now.admissions().stream().filter(a -> a.organizationCode().startsWith("YB")
                && a.decisionDate().getYear() == 2024).count();
        assertEquals(ProvinceNowGenerator.YEN_BAI_ADMISSIONS[4], yb2024);
        assertFalse(now.admissions().stream().anyMatch(a -> a.decisionDate().getYear() < 2025
                && a.organizationCode().startsWith("LC")), "old Lào Cai's 2020–2024 are the seed's, unchanged");
    }

    @Test
    void aYearsTargetOnOneRecordOnly() {
        Set<String> seen = new HashSet<>();
        laoCai.targets().forEach(t -> seen.add(t.organizationCode() + "/" + t.year()));
        now.targets().forEach(t -> assertTrue(seen.add(t.organizationCode() + "/" + t.year()), t.toString()));
    }
}
