package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.control.MembershipRepository;
import vn.ptdv.organization.control.OrganizationDirectoryFacade;
import vn.ptdv.organization.control.OrganizationRepository;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/**
 * The grouped SQL behind the admission-results report and the emulation criteria, on the migrated schema: which
 * admissions count (active, decided in the year, inside the subtree, of this province), one row per unit code even
 * when the unit was renamed during the year, targets of the year and the one before, the term's progress.
 */
@JpaTest
class AdmissionStatisticsServiceTest {

    private AdmissionStatisticsService statistics;
    private OrganizationRef province;
    private OrganizationRef district;
    private OrganizationRef cell;
    private OrganizationRef renamedBefore;
    private OrganizationRef renamedAfter;

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @BeforeEach
    void tree(Jpa jpa) {
        AdmissionFiguresRepository figures = jpa.bean(AdmissionFiguresRepository.class);
        statistics = jpa.bean(AdmissionStatisticsService.class, jpa.bean(OrganizationDirectoryFacade.class, jpa.bean(OrganizationRepository.class), jpa.bean(MembershipRepository.class)),
                figures, jpa.bean(TargetRepository.class), jpa.bean(AdmissionRepository.class), jpa.bean(LineageCounts.class, figures));
        var rows = jpa.rows();
        province = rows.organization("TS", "Đảng bộ tỉnh Thử", OrganizationKind.PROVINCIAL_COMMITTEE, null);
        district = rows.organization("TS-MOT", "Đảng bộ huyện Một", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, province);
        OrganizationRef commune = rows.organization("TS-MOT-XA", "Đảng bộ xã Một", OrganizationKind.GRASSROOTS_COMMITTEE, district);
        cell = rows.organization("TS-MOT-XA-T1", "Chi bộ thôn Một", OrganizationKind.CELL, commune);
        // renamed on 1 July 2024: two records of one code, each with its own path
        renamedBefore = rows.organization("TS-HAI", "Đảng bộ huyện Hai", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE,
                province, day(2015, 1, 1), day(2024, 6, 30));
        renamedAfter = rows.organization("TS-HAI", "Đảng bộ huyện Hai Mới", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE,
                province, day(2024, 7, 1), null);
        OrganizationRef otherProvince = rows.organization("TK", "Đảng bộ tỉnh Khác", OrganizationKind.PROVINCIAL_COMMITTEE, null);

        rows.admission(cell, day(2024, 3, 1), "gender", "FEMALE", "ethnicity_code", "08", "minority", true);
        rows.admission(cell, day(2024, 12, 31), "occupation", "PUPIL_STUDENT");
        rows.admission(cell, day(2024, 1, 1), "general_education", "LOWER_SECONDARY");
        rows.admission(cell, day(2024, 5, 5), "status", "WITHDRAWN");
        rows.admission(renamedBefore, day(2024, 3, 10));
        rows.admission(renamedAfter, day(2024, 9, 10));
        rows.admission(province, day(2024, 6, 1));
        rows.admission(cell, day(2023, 12, 31));
        rows.admission(district, day(2023, 2, 1));
        rows.admission(cell, day(2025, 1, 1));
        rows.admission(otherProvince, day(2024, 6, 1));

        rows.target(province, 2024, 5);
        rows.target(province, 2023, 4);
        rows.target(district, 2024, 3);
        rows.target(renamedBefore, 2024, 1);
        rows.target(renamedAfter, 2024, 2);
        rows.termTarget(province, 2020, 2025, 10);
    }

    @Test
    void resultsOfTheProvinceCountOnlyTheYearsActiveAdmissionsOfItsSubtree() {
        AdmissionResults r = statistics.results("TS", 2024, path -> true);
        assertEquals(province.id(), r.organization().id());
        assertEquals(5, r.target());
        assertEquals(6, r.admitted());
        assertEquals(1, r.breakdown().women());
        assertEquals(1, r.breakdown().minorities());
        assertEquals(1, r.breakdown().pupilsStudents());
        assertEquals(6, r.breakdown().youthUnionMembers());
        assertEquals(6, r.breakdown().aged18To30());
        assertEquals(5, r.breakdown().generalEducation().get(GeneralEducation.UPPER_SECONDARY));
        assertEquals(1, r.breakdown().generalEducation().get(GeneralEducation.LOWER_SECONDARY));
        assertEquals(1, r.directAdmitted());
        assertEquals(2, r.previousAdmitted());
        assertEquals(4, r.previousTarget());
        assertEquals(new AdmissionResults.TermProgress(2020, 2025, 10, 8), r.term());
    }

    @Test
    void aUnitRenamedDuringTheYearIsOneRowWithItsLatestNameAndBothRecordsFigures() {
        List<AdmissionResults.UnitRow> units = statistics.results("TS", 2024, path -> true).units();
        assertEquals(List.of("TS-MOT", "TS-HAI"), units.stream().map(u -> u.unit().code()).toList());
        AdmissionResults.UnitRow one = units.get(0);
        assertEquals(3, one.target());
        assertEquals(3, one.admitted());
        assertEquals(1, one.women());
        AdmissionResults.UnitRow two = units.get(1);
        assertEquals("Đảng bộ huyện Hai Mới", two.unit().name());
        assertEquals(3, two.target());
        assertEquals(2, two.admitted());
        assertEquals(6, statistics.results("TS", 2024, path -> true).unitTargetSum());
    }

    @Test
    void aProvinceFormedByAMergerDuringTheYearCountsWhatItsPredecessorsAdmittedBeforeIt(Jpa jpa) {
        var rows = jpa.rows();
        LocalDate end = day(2025, 6, 30);
        LocalDate start = day(2025, 7, 1);
        OrganizationRef a = rows.organization("MA", "Đảng bộ tỉnh A", OrganizationKind.PROVINCIAL_COMMITTEE, null, day(2015, 1, 1), end);
        OrganizationRef aCommune = rows.organization("MA-X", "Đảng bộ xã A", OrganizationKind.GRASSROOTS_COMMITTEE, a, day(2015, 1, 1), end);
        OrganizationRef aCell = rows.organization("MA-X-T", "Chi bộ thôn A", OrganizationKind.CELL, aCommune, day(2015, 1, 1), end);
        OrganizationRef b = rows.organization("MB", "Đảng bộ tỉnh B", OrganizationKind.PROVINCIAL_COMMITTEE, null, day(2015, 1, 1), end);
        OrganizationRef bCell = rows.organization("MB-T", "Chi bộ B", OrganizationKind.CELL, b, day(2015, 1, 1), end);
        OrganizationRef merged = rows.organization("MA", "Đảng bộ tỉnh A mới", OrganizationKind.PROVINCIAL_COMMITTEE, null, start, null);
        OrganizationRef commune = rows.organization("MA-XM", "Đảng ủy xã Mới", OrganizationKind.GRASSROOTS_COMMITTEE, merged, start, null);
        OrganizationRef cellNow = rows.organization("MA-X-T", "Chi bộ thôn A", OrganizationKind.CELL, commune, start, null);
        link(rows, a, merged, "MERGE", start);
        link(rows, b, merged, "MERGE", start);
        link(rows, aCommune, commune, "MERGE", start);
        link(rows, aCell, cellNow, "REPARENT", start);
        rows.admission(aCell, day(2025, 3, 1), "gender", "FEMALE");
        rows.admission(bCell, day(2025, 4, 1));
        rows.admission(cellNow, day(2025, 9, 1));
        rows.admission(merged, day(2025, 10, 1));
        rows.admission(aCell, day(2024, 5, 1));
        rows.admission(bCell, day(2024, 5, 1));
        rows.admission(bCell, day(2024, 6, 1));

        AdmissionResults r = statistics.results("MA", 2025, path -> true);
        assertEquals(merged.id(), r.organization().id());
        assertEquals(4, r.admitted());
        assertEquals(1, r.breakdown().women());
        // on the province itself: its own admission of October and B's cell's (dissolved: it went to its parent, then the merger)
        assertEquals(2, r.directAdmitted());
        assertEquals(List.of("MA", "MB"), r.yearBaseline().stream().map(OrganizationRef::code).toList());
        assertEquals(List.of(a.id(), b.id()), r.yearBaseline().stream().map(OrganizationRef::id).toList());
        // the commune formed on 1 July holds the cell's admissions of the whole year
        AdmissionResults.UnitRow row = r.units().stream().filter(u -> u.unit().code().equals("MA-XM")).findFirst().orElseThrow();
        assertEquals(2, row.admitted());
        assertEquals(1, row.women());
        assertEquals(3, r.previousAdmitted());
        assertNull(r.previousTarget());
        String note = AdmissionResultsText.yearBaselineNote(r);
        assertEquals(true, note.contains("Đảng bộ tỉnh B (MB)") && note.contains("01/07/2025"), note);

        // a year the merged record covers alone: its own figures, no baseline of the year
        assertEquals(List.of(), statistics.results("MA", 2026, path -> true).yearBaseline());
    }

    private static void link(vn.ptdv.testing.Rows rows, OrganizationRef from, OrganizationRef to, String type, LocalDate on) {
        rows.insert("org_lineage", "predecessor_id", from.id(), "successor_id", to.id(), "change_type", type,
                "effective_date", on);
    }

    @Test
    void aYearWithoutAdmissionsOrTargetsIsZerosNotMissingRows() {
        AdmissionResults r = statistics.results("TS", 2022, path -> true);
        assertEquals(0, r.admitted());
        assertNull(r.target());
        assertEquals(2, r.units().size());
        assertEquals(0, r.units().get(0).admitted());
        assertNull(r.units().get(0).target());
    }

    @Test
    void unknownCodesAndYearsOutsideTheRecordsAreProblems() {
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class, () -> statistics.results("NO-SUCH", 2024, path -> true)).type());
        assertEquals(ProblemType.UNPROCESSABLE, assertThrows(ProblemException.class, () -> statistics.results("TS", 2010, path -> true)).type());
    }

    @Test
    void achievementsRollEachPathsSubtreeUpWithItsOwnTargets() {
        Map<String, UnitAchievement> a = statistics.achievements(province.path(),
                List.of(district.path(), cell.path(), renamedAfter.path()), 2024, 2024);
        UnitAchievement d = a.get(district.path());
        assertEquals(3, d.target());
        assertEquals(day(2024, 1, 15), d.targetRegisteredOn());
        assertEquals(3, d.admitted());
        assertEquals(1, d.women());
        assertEquals(1, d.minorities());
        assertEquals(1, d.pupilsStudents());
        assertNull(a.get(cell.path()).target());
        assertEquals(3, a.get(cell.path()).admitted());
        assertEquals(1, a.get(renamedAfter.path()).admitted());
        assertEquals(5, statistics.achievements(province.path(), List.of(district.path()), 2023, 2024)
                .get(district.path()).admitted());
    }
}
