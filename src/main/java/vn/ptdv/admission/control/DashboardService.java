package vn.ptdv.admission.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.entity.Admission;
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
    Access access;

    /** The figures; {@code today} is the start of the probation window. */
    public Dashboard of(String code, int year, LocalDate today) {
        TargetService.TargetGrid grid = targets.targetGrid(code, year);
        String pattern = grid.organization().subtreePattern();
        long admitted = admissions.countDecided(pattern, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LocalDate until = today.plusDays(PROBATION_DAYS);
        long probations = admissions.countProbationsEnding(pattern, today, until);
        List<Admission> ending = List.of();
        Caller caller = access.caller();
        if (probations > 0 && caller.may(Permission.READ_ADMISSIONS)) {
            ending = admissions.probationsEnding(pattern, today, until, PROBATION_LIST);
        }
        List<TargetService.TargetGrid.Row> withoutTarget = grid.children().stream().filter(r -> r.target() == null).toList();
        return new Dashboard(grid, admitted, probations, ending, withoutTarget, today, until);
    }

    /** The home page figures. {@code probationsEnding} is empty for a caller who may not read named records. */
    public record Dashboard(TargetService.TargetGrid grid, long admitted, long probationsEndingCount,
                            List<Admission> probationsEnding, List<TargetService.TargetGrid.Row> unitsWithoutTarget,
                            LocalDate probationFrom, LocalDate probationTo) {
    }
}
