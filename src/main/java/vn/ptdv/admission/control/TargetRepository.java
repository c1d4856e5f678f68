package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.ptdv.admission.entity.AdmissionTarget;
import vn.ptdv.admission.entity.TargetEvent;
import vn.ptdv.admission.entity.TermTarget;

/**
 * The queries of registered targets (chỉ tiêu kết nạp, yearly and per term) and their history. No scope checks; works
 * with any {@link EntityManager}.
 */
@ApplicationScoped
public class TargetRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public TargetRepository() {
        // for CDI
    }

    TargetRepository(EntityManager em) {
        this.em = em;
    }

    /** The target an organisation record registered for the year. */
    public Optional<AdmissionTarget> target(long organizationId, int year) {
        return em.createNamedQuery(AdmissionTarget.OF, AdmissionTarget.class).setParameter("orgId", organizationId)
                .setParameter("year", year).getResultList().stream().findFirst();
    }

    /** The latest year up to {@code upTo} with a target registered by a record matching the pattern (null: none). */
    public Integer latestTargetYear(String pattern, int upTo) {
        return em.createQuery("SELECT MAX(t.year) FROM AdmissionTarget t WHERE t.orgPath LIKE :p AND t.year <= :y", Integer.class)
                .setParameter("p", pattern).setParameter("y", upTo).getSingleResult();
    }

    /** The targets of the year registered by the records matching the subtree pattern. */
    public List<AdmissionTarget> targetsUnder(String pattern, int year) {
        return em.createQuery("SELECT t FROM AdmissionTarget t WHERE t.orgPath LIKE :p AND t.year = :y", AdmissionTarget.class)
                .setParameter("p", pattern).setParameter("y", year).getResultList();
    }

    /** The admissions of the year's targets of these organisation records, by record id: one query. */
    public Map<Long, Integer> admissionsOf(Collection<Long> organizationIds, int year) {
        Map<Long, Integer> result = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.organizationId, t.admissions FROM AdmissionTarget t"
                        + " WHERE t.year = :y AND t.organizationId IN :ids", Object[].class)
                .setParameter("y", year).setParameter("ids", List.copyOf(organizationIds)).getResultList()) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return result;
    }

    /** The target of a code in a year, summed over whichever of its records registered one; null when none did. */
    public Integer codeTarget(String code, int year, Predicate<String> inScope) {
        List<Integer> found = em.createQuery("SELECT t.admissions, t.orgPath FROM AdmissionTarget t"
                        + " WHERE t.organizationCode = :c AND t.year = :y", Object[].class)
                .setParameter("c", code).setParameter("y", year).getResultStream()
                .filter(r -> inScope.test((String) r[1])).map(r -> ((Number) r[0]).intValue()).toList();
        return found.isEmpty() ? null : found.stream().mapToInt(Integer::intValue).sum();
    }

    /** The history of a target, oldest first. */
    public List<TargetEvent> events(AdmissionTarget t) {
        return em.createQuery("SELECT e FROM TargetEvent e WHERE e.targetId = :id ORDER BY e.occurredAt, e.id", TargetEvent.class)
                .setParameter("id", t.getId()).getResultList();
    }

    /** The term target of an organisation record over exactly these years. */
    public Optional<TermTarget> termTarget(long organizationId, int fromYear, int toYear) {
        return em.createQuery("SELECT t FROM TermTarget t WHERE t.organizationId = :o AND t.fromYear = :f AND t.toYear = :t",
                        TermTarget.class)
                .setParameter("o", organizationId).setParameter("f", fromYear).setParameter("t", toYear)
                .getResultList().stream().findFirst();
    }

    /** Of the code's term targets covering the year, the one that began last. */
    public Optional<TermTarget> termCovering(String code, int year, Predicate<String> inScope) {
        return em.createQuery("SELECT t FROM TermTarget t WHERE t.organizationCode = :c"
                        + " AND t.fromYear <= :y AND t.toYear >= :y ORDER BY t.fromYear DESC", TermTarget.class)
                .setParameter("c", code).setParameter("y", year).getResultStream()
                .filter(t -> inScope.test(t.getOrgPath())).findFirst();
    }

    public void persist(AdmissionTarget t) {
        em.persist(t);
    }

    public void persist(TargetEvent e) {
        em.persist(e);
    }

    public void persist(TermTarget t) {
        em.persist(t);
    }

    /** Writes pending changes now (a new target's id is needed by its event). */
    public void flush() {
        em.flush();
    }

    /** Increments the target's version at commit, so a concurrent change of it fails. */
    public void lock(AdmissionTarget t) {
        em.lock(t, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
