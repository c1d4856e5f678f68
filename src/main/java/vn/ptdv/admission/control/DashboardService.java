package vn.ptdv.admission.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionStatus;
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

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    AdmissionService admissions;

    @Inject
    Access access;

    /** The figures; {@code today} is the start of the probation window. */
    public Dashboard of(String code, int year, LocalDate today) {
        AdmissionService.TargetGrid grid = admissions.targetGrid(code, year);
        String pattern = grid.organization().subtreePattern();
        long admitted = em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.decisionDate >= :from AND a.decisionDate <= :to", Long.class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult();
        LocalDate until = today.plusDays(PROBATION_DAYS);
        long probations = em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.probationEnd >= :from AND a.probationEnd <= :to", Long.class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", today).setParameter("to", until).getSingleResult();
        List<Admission> ending = List.of();
        Caller caller = access.caller();
        if (probations > 0 && caller.may(Permission.READ_ADMISSIONS)) {
            ending = em.createQuery("SELECT a FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                            + " AND a.probationEnd >= :from AND a.probationEnd <= :to ORDER BY a.probationEnd, a.id", Admission.class)
                    .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                    .setParameter("from", today).setParameter("to", until).setMaxResults(PROBATION_LIST).getResultList();
        }
        List<AdmissionService.TargetGrid.Row> withoutTarget = grid.children().stream().filter(r -> r.target() == null).toList();
        return new Dashboard(grid, admitted, probations, ending, withoutTarget, today, until);
    }

    /** The home page figures. {@code probationsEnding} is empty for a caller who may not read named records. */
    public record Dashboard(AdmissionService.TargetGrid grid, long admitted, long probationsEndingCount,
                            List<Admission> probationsEnding, List<AdmissionService.TargetGrid.Row> unitsWithoutTarget,
                            LocalDate probationFrom, LocalDate probationTo) {
    }
}
