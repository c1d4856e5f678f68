package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.control.MembershipRepository;
import vn.ptdv.organization.control.OrganizationDirectoryFacade;
import vn.ptdv.organization.control.OrganizationRepository;
import vn.ptdv.platform.security.Access;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/** The home page's counts over a subtree: the year's admissions, probations ending soon (the first 20 listed), units without a target. */
@JpaTest
class DashboardServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private final Access access = new Access();
    private DashboardService dashboard;
    private Jpa jpa;
    private OrganizationRef withTarget;
    private OrganizationRef withoutTarget;

    @BeforeEach
    void tree(Jpa jpa) {
        this.jpa = jpa;
        var organizations = jpa.bean(OrganizationDirectoryFacade.class, jpa.bean(OrganizationRepository.class), jpa.bean(MembershipRepository.class));
        TargetService targets = jpa.bean(TargetService.class, jpa.bean(TargetRepository.class),
                jpa.bean(AdmissionScope.class, organizations), access);
        dashboard = jpa.bean(DashboardService.class, jpa.bean(AdmissionRepository.class), targets, access);
        var rows = jpa.rows();
        OrganizationRef province = rows.organization("TD", "Đảng bộ tỉnh Thử", OrganizationKind.PROVINCIAL_COMMITTEE, null);
        withTarget = rows.organization("TD-A", "Đảng bộ huyện A", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, province);
        withoutTarget = rows.organization("TD-B", "Đảng bộ huyện B", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, province);
        rows.target(province, 2024, 30);
        rows.target(withTarget, 2024, 20);
    }

    private void admittedWithProbationEnding(OrganizationRef unit, LocalDate end, String... more) {
        Object[] values = new Object[4 + more.length];
        values[0] = "probation_end";
        values[1] = end;
        values[2] = "ceremony_date";
        values[3] = end.minusYears(1);
        System.arraycopy(more, 0, values, 4, more.length);
        jpa.rows().admission(unit, end.minusYears(1).minusDays(10), values);
    }

    @Test
    void countsTheYearAndTheProbationsEndingInTheNextThirtyDays() {
        admittedWithProbationEnding(withTarget, TODAY);                  // first day of the window
        admittedWithProbationEnding(withoutTarget, TODAY.plusDays(30));  // last day
        admittedWithProbationEnding(withTarget, TODAY.plusDays(31));     // after it
        admittedWithProbationEnding(withTarget, TODAY.minusDays(1));     // ended yesterday
        admittedWithProbationEnding(withTarget, TODAY.plusDays(5), "status", "WITHDRAWN");
        jpa.rows().admission(withTarget, LocalDate.of(2023, 12, 31));

        DashboardService.Dashboard d = access.asSystem(() -> dashboard.of("TD", 2024, TODAY));
        assertEquals(30, d.grid().target());
        assertEquals(4, d.admitted());
        assertEquals(2, d.probationsEndingCount());
        assertEquals(java.util.List.of(TODAY, TODAY.plusDays(30)),
                d.probationsEnding().stream().map(Admission::getProbationEnd).toList());
        assertEquals(java.util.List.of("TD-B"), d.unitsWithoutTarget().stream().map(r -> r.organization().code()).toList());
        assertEquals(TODAY.plusDays(DashboardService.PROBATION_DAYS), d.probationTo());
    }

    @Test
    void listsTheFirstTwentyProbationsEndingSoonAndCountsThemAll() {
        for (int i = 0; i < DashboardService.PROBATION_LIST + 1; i++) {
            admittedWithProbationEnding(withTarget, TODAY.plusDays(i));
        }
        DashboardService.Dashboard d = access.asSystem(() -> dashboard.of("TD", 2024, TODAY));
        assertEquals(DashboardService.PROBATION_LIST + 1, d.probationsEndingCount());
        assertEquals(DashboardService.PROBATION_LIST, d.probationsEnding().size());
        assertEquals(TODAY.plusDays(DashboardService.PROBATION_LIST - 1),
                d.probationsEnding().get(DashboardService.PROBATION_LIST - 1).getProbationEnd());
    }
}
