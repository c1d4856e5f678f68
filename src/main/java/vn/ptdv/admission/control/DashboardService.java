package vn.ptdv.admission.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.organization.api.LineageBaseline;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/**
 * The home page of the web pages: an organisation's target and admissions of a year, and what needs attention
 * (probations ending soon, units without a target). Counts are SQL aggregates over the organisation's subtree.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    /** How far ahead "probation ending soon" looks. */
    public static final int PROBATION_DAYS = 30;
    /** How many probations ending soon are listed by name (the count covers all of them). */
    static final int PROBATION_LIST = 20;

    @Inject
    AdmissionRepository admissions;

    @Inject
    TargetService targets;

    @Inject
    TargetRepository targetRecords;

    @Inject
    AdmissionScope scope;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    LineageCounts lineage;

    @Inject
    AdmissionFiguresRepository figures;

    @Inject
    Access access;

    /** The figures; {@code today} is the start of the probation window. */
    public Dashboard of(String code, int year, LocalDate today) {
        TargetService.TargetGrid grid = targets.targetGrid(code, year);
        String pattern = grid.organization().subtreePattern();
        String path = grid.organization().path();
        long admitted = figures.countInSubtree(path, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        long admittedToDate = figures.countInSubtree(path, from, to);
        // the same period of the previous year: what the organisation's predecessors then held (lineage)
        OrganizationRef org = grid.organization();
        LocalDate on = org.validTo() != null && org.validTo().isBefore(to) ? org.validTo() : to;
        LineageBaseline before = organizations.baseline(org, on, from.minusYears(1), to.minusYears(1));
        SamePeriod previous = before.predecessors().isEmpty() ? null : new SamePeriod(org.code(), before.from(), before.to(),
                lineage.admitted(before), before.predecessors().stream().map(OrganizationRef::code).toList());
        LocalDate until = today.plusDays(PROBATION_DAYS);
        long probations = admissions.countProbationsEnding(pattern, today, until);
        List<Admission> ending = List.of();
        Caller caller = access.caller();
        if (probations > 0 && caller.may(Permission.READ_ADMISSIONS)) {
            ending = admissions.probationsEnding(pattern, today, until, PROBATION_LIST);
        }
        List<TargetService.TargetGrid.Row> withoutTarget = grid.children().stream().filter(r -> r.target() == null).toList();
        return new Dashboard(grid, admitted, probations, ending, withoutTarget, today, until,
                new YearToDate(from, to, admittedToDate, previous));
    }

    /**
     * The year the pages open on for the organisation (the caller's scope when {@code code} is null): the latest year,
     * up to today's, with an admission decided or a target registered in its subtree; today's year when there is none.
     */
    public LatestYear latestYear(String code, LocalDate today) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        String c = code != null ? code : caller.scopeCode();
        List<String> patterns = c == null ? (caller.unrestricted() ? List.of("%") : List.of())
                : scope.records(c, caller).stream().map(OrganizationRef::subtreePattern).distinct().toList();
        Integer latest = null;
        for (String p : patterns) {
            LocalDate decided = admissions.latestDecision(p, today);
            if (decided != null && (latest == null || decided.getYear() > latest)) {
                latest = decided.getYear();
            }
            Integer targetYear = targetRecords.latestTargetYear(p, today.getYear());
            if (targetYear != null && (latest == null || targetYear > latest)) {
                latest = targetYear;
            }
        }
        return new LatestYear(c, latest == null ? today.getYear() : latest, latest != null, today.getYear());
    }

    /** The year the pages open on; {@code hasData} false when the subtree has no admission nor target up to today. */
    public record LatestYear(String organizationCode, int year, boolean hasData, int currentYear) {
    }

    /**
     * The year to date ({@code from} 1/1 to today, or to 31/12 for a past year) and the same period of the previous
     * year ({@code previous}, null when the code had no record then).
     */
    public record YearToDate(LocalDate from, LocalDate to, long admitted, SamePeriod previous) {
    }

    /**
     * Admissions of the same period of the previous year by the organisation's predecessors then ({@code
     * baselineOrganizations}: their codes, the organisation's own when nothing changed).
     */
    public record SamePeriod(String organizationCode, LocalDate from, LocalDate to, long admitted,
                             List<String> baselineOrganizations) {
    }

    /** The home page figures. {@code probationsEnding} is empty for a caller who may not read named records. */
    public record Dashboard(TargetService.TargetGrid grid, long admitted, long probationsEndingCount,
                            List<Admission> probationsEnding, List<TargetService.TargetGrid.Row> unitsWithoutTarget,
                            LocalDate probationFrom, LocalDate probationTo, YearToDate yearToDate) {
    }
}
