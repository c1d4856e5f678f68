package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.control.MembershipRepository;
import vn.ptdv.organization.control.OrganizationDirectoryFacade;
import vn.ptdv.organization.control.OrganizationRepository;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/**
 * The named list's queries: the count, the plan (one group per grassroots committee, in tree order, with its exact
 * unit paths) and the rows of each group in Vietnamese name order (tên, then họ và tên).
 */
@JpaTest
class AdmissionListServiceTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    private AdmissionListService lists;
    private OrganizationRef province;
    private OrganizationRef commune1;
    private OrganizationRef commune2;
    private OrganizationRef cell1;
    private OrganizationRef cell2;

    @BeforeEach
    void tree(Jpa jpa) {
        lists = jpa.bean(AdmissionListService.class, jpa.bean(AdmissionListRepository.class),
                jpa.bean(OrganizationDirectoryFacade.class, jpa.bean(OrganizationRepository.class), jpa.bean(MembershipRepository.class)));
        var rows = jpa.rows();
        province = rows.organization("TL", "Đảng bộ tỉnh Thử", OrganizationKind.PROVINCIAL_COMMITTEE, null);
        OrganizationRef district = rows.organization("TL-H", "Đảng bộ huyện Thử", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, province);
        commune1 = rows.organization("TL-H-X1", "Đảng bộ xã Một", OrganizationKind.GRASSROOTS_COMMITTEE, district);
        cell1 = rows.organization("TL-H-X1-T1", "Chi bộ thôn Một", OrganizationKind.CELL, commune1);
        cell2 = rows.organization("TL-H-X1-T2", "Chi bộ thôn Hai", OrganizationKind.CELL, commune1);
        commune2 = rows.organization("TL-H-X2", "Đảng bộ xã Hai", OrganizationKind.GRASSROOTS_COMMITTEE, district);

        rows.admission(cell1, LocalDate.of(2024, 4, 1), "full_name", "Nguyễn Văn Bình");
        rows.admission(cell1, LocalDate.of(2024, 5, 1), "full_name", "Lò Thị Ánh", "gender", "FEMALE");
        rows.admission(cell2, LocalDate.of(2024, 6, 1), "full_name", "Giàng A Dế");
        rows.admission(cell1, LocalDate.of(2024, 7, 1), "full_name", "Vàng Văn Em", "status", "WITHDRAWN");
        rows.admission(cell1, LocalDate.of(2023, 7, 1), "full_name", "Sùng Văn Gia");
        rows.admission(commune2, LocalDate.of(2024, 8, 1), "full_name", "Trần Văn An");
        rows.admission(district, LocalDate.of(2024, 9, 1), "full_name", "Hoàng Văn Cường");
    }

    @Test
    void countsTheActiveAdmissionsOfTheYearUnderTheRoots() {
        List<OrganizationRef> roots = lists.roots("TL", FROM, TO, path -> true);
        assertEquals(List.of(province), roots);
        assertEquals(5, lists.count(roots, FROM, TO));
        assertEquals(1, lists.count(List.of(cell2), FROM, TO));
        assertEquals(0, lists.count(List.of(), FROM, TO));
        assertTrue(lists.exists("TL-H-X1", path -> true));
        assertFalse(lists.exists("NO-SUCH", path -> true));
    }

    @Test
    void groupsByGrassrootsCommitteeInTreeOrder() {
        AdmissionListService.Plan plan = lists.plan(List.of(province), FROM, TO);
        assertEquals(5, plan.total());
        // the district's own admission lies above every grassroots committee: it is listed under the list's root
        assertEquals(List.of("TL", "TL-H-X1", "TL-H-X2"), plan.groups().stream().map(AdmissionListService.Group::code).toList());
        AdmissionListService.Group first = plan.groups().get(1);
        assertEquals("Đảng bộ xã Một", first.name());
        assertEquals(List.of(cell1.path(), cell2.path()).stream().sorted().toList(), first.paths());
        assertEquals(3, first.count());
        assertEquals("Chi bộ thôn Hai", plan.unitNames().get(cell2.id()));
    }

    @Test
    void rowsOfAGroupFollowVietnameseNameOrderAndEndWithItsSubtotal() {
        AdmissionListService.Plan plan = lists.plan(List.of(commune1), FROM, TO);
        List<String> lines = new ArrayList<>();
        lists.lines(plan, FROM, TO).forEachRemaining(l -> lines.add(describe(l)));
        assertEquals(List.of("G Đảng bộ xã Một", "R Lò Thị Ánh", "R Nguyễn Văn Bình", "R Giàng A Dế",
                "S Cộng Đảng bộ xã Một: 3 đảng viên", "T Tổng cộng: 3 đảng viên"), lines);
    }

    /** The row as the old line kinds named it: G heading, R member (its name), S subtotal, T total. */
    private static String describe(Table.Row row) {
        if (row.style() != Table.Row.Style.SPAN) {
            return "R " + row.cells().get(1);
        }
        String text = (String) row.cells().get(0);
        String kind = row.spanAlign() == Table.Align.LEFT ? "G" : text.startsWith("Tổng cộng") ? "T" : "S";
        return kind + " " + text;
    }
}
