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
        TargetRepository targetRecords = jpa.bean(TargetRepository.class);
        AdmissionScope scope = jpa.bean(AdmissionScope.class, organizations);
        TargetService targets = jpa.bean(TargetService.class, targetRecords, scope, access);
        dashboard = jpa.bean(DashboardService.class, jpa.bean(AdmissionRepository.class), targets, targetRecords, scope, access,
                organizations, jpa.bean(LineageCounts.class, jpa.bean(AdmissionFiguresRepository.class)),
                jpa.bean(AdmissionFiguresRepository.class));
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

    @Test
    void yearToDateComparesWithTheSamePeriodOfThePreviousYear() {
        jpa.rows().admission(withTarget, LocalDate.of(2025, 1, 10));
        jpa.rows().admission(withTarget, TODAY);                          // last day of the period
        jpa.rows().admission(withTarget, TODAY.plusDays(1));              // after today: not yet in the period
        jpa.rows().admission(withoutTarget, LocalDate.of(2024, 2, 1));
        jpa.rows().admission(withTarget, LocalDate.of(2024, 3, 1));       // same day a year before: in
        jpa.rows().admission(withTarget, LocalDate.of(2024, 3, 2));       // after it: out
        jpa.rows().admission(withTarget, LocalDate.of(2024, 4, 1), "status", "WITHDRAWN");

        DashboardService.YearToDate y = access.asSystem(() -> dashboard.of("TD", 2025, TODAY)).yearToDate();
        assertEquals(LocalDate.of(2025, 1, 1), y.from());
        assertEquals(TODAY, y.to());
        assertEquals(2, y.admitted());
        assertEquals(LocalDate.of(2024, 1, 1), y.previous().from());
        assertEquals(LocalDate.of(2024, 3, 1), y.previous().to());
        assertEquals(2, y.previous().admitted());

        DashboardService.YearToDate past = access.asSystem(() -> dashboard.of("TD", 2024, TODAY)).yearToDate();
        assertEquals(LocalDate.of(2024, 12, 31), past.to(), "a past year counts to its end");
        assertEquals(3, past.admitted());
        assertEquals(0, past.previous().admitted());
    }

    @Test
    void noPreviousPeriodForACodeWithoutARecordInThePreviousYear() {
        OrganizationRef young = jpa.rows().organization("TD-N", "Đảng bộ xã Mới", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE,
                null, LocalDate.of(2025, 7, 1), null);
        jpa.rows().admission(young, LocalDate.of(2025, 8, 1));
        DashboardService.YearToDate y = access.asSystem(() -> dashboard.of("TD-N", 2025, LocalDate.of(2025, 9, 1))).yearToDate();
        assertEquals(1, y.admitted());
        assertEquals(null, y.previous());
    }

    @Test
    void latestYearIsTheLastYearWithDataUpToToday() {
        assertEquals(new DashboardService.LatestYear("TD", 2024, true, 2025),
                access.asSystem(() -> dashboard.latestYear("TD", TODAY)), "the targets of 2024");
        jpa.rows().admission(withTarget, LocalDate.of(2025, 2, 1));
        jpa.rows().admission(withTarget, LocalDate.of(2025, 6, 1));       // after today: not counted
        jpa.rows().target(withTarget, 2026, 5);                           // a later year's target: not counted
        assertEquals(2025, access.asSystem(() -> dashboard.latestYear("TD", TODAY)).year());
        assertEquals(2025, access.asSystem(() -> dashboard.latestYear(null, TODAY)).year(), "the system sees everything");
        OrganizationRef empty = jpa.rows().organization("TE", "Đảng bộ tỉnh Trống", OrganizationKind.PROVINCIAL_COMMITTEE, null);
        assertEquals(new DashboardService.LatestYear("TE", 2025, false, 2025),
                access.asSystem(() -> dashboard.latestYear(empty.code(), TODAY)), "no data: today's year");
        jpa.rows().admission(withoutTarget, LocalDate.of(2024, 5, 1));
        assertEquals(2024, access.asSystem(() -> dashboard.latestYear("TD-B", TODAY)).year(), "TD-B: its 2024 admission");
    }
}
