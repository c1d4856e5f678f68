package vn.ptdv.organization.control;

import static vn.ptdv.shared.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.entity.MembershipStat;

/** The queries of membership figures (số đảng viên). No scope checks; works with any {@link EntityManager}. */
@ApplicationScoped
public class MembershipRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public MembershipRepository() {
        // for CDI
    }

    MembershipRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The sum of each organisation's latest figures at or before the date over the records matching the subtree
     * pattern valid on that date: one grouped query.
     */
    public MembershipFigures subtreeSum(String pattern, LocalDate date) {
        Object[] row = em.createQuery("SELECT SUM(s.total), SUM(s.women), SUM(s.minorities), SUM(s.probationary)"
                        + " FROM MembershipStat s, Organization o WHERE o.id = s.organizationId AND o.path LIKE :pattern"
                        + " AND o.validFrom <= :date AND (o.validTo IS NULL OR o.validTo >= :date)"
                        + " AND s.asOf = (SELECT MAX(s2.asOf) FROM MembershipStat s2"
                        + "   WHERE s2.organizationId = s.organizationId AND s2.asOf <= :date)", Object[].class)
                .setParameter("pattern", pattern).setParameter("date", date)
                .getSingleResult();
        return row[0] == null ? MembershipFigures.ZERO
                : new MembershipFigures(num(row[0]), num(row[1]), num(row[2]), num(row[3]));
    }

    /**
     * Per record path under the pattern, of the records valid on the date: the sum of their latest figures at or
     * before it (total, women, minorities, probationary), in one grouped query.
     */
    public java.util.Map<String, MembershipFigures> byPath(String pattern, LocalDate date) {
        java.util.Map<String, MembershipFigures> out = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT o.path, SUM(s.total), SUM(s.women), SUM(s.minorities), SUM(s.probationary)"
                        + " FROM MembershipStat s, Organization o WHERE o.id = s.organizationId AND o.path LIKE :pattern"
                        + " AND o.validFrom <= :date AND (o.validTo IS NULL OR o.validTo >= :date)"
                        + " AND s.asOf = (SELECT MAX(s2.asOf) FROM MembershipStat s2"
                        + "   WHERE s2.organizationId = s.organizationId AND s2.asOf <= :date) GROUP BY o.path", Object[].class)
                .setParameter("pattern", pattern).setParameter("date", date).getResultList()) {
            out.put((String) row[0], new MembershipFigures(num(row[1]), num(row[2]), num(row[3]), num(row[4])));
        }
        return out;
    }

    /** The organisation record's own latest figures at or before the date, if any were recorded. */
    public Optional<MembershipStat> latestOwn(long organizationId, LocalDate date) {
        return em.createQuery("SELECT s FROM MembershipStat s WHERE s.organizationId = :id AND s.asOf <= :date"
                        + " ORDER BY s.asOf DESC", MembershipStat.class)
                .setParameter("id", organizationId).setParameter("date", date).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The figures recorded for the organisation record on exactly that date, if any. */
    public Optional<MembershipStat> on(long organizationId, LocalDate date) {
        return em.createQuery("SELECT s FROM MembershipStat s WHERE s.organizationId = :id AND s.asOf = :d", MembershipStat.class)
                .setParameter("id", organizationId).setParameter("d", date).getResultList().stream().findFirst();
    }

    public void persist(MembershipStat s) {
        em.persist(s);
    }
}
