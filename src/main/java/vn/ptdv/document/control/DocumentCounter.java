package vn.ptdv.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Sổ đăng ký văn bản đi, its counter: the last number per issuer, year and kind. {@link #next} runs in the issuing
 * transaction: its UPDATE locks the counter's row until that transaction ends, so concurrent issues of one kind wait
 * for each other and take consecutive numbers; a failed issue rolls its number back with it (no gap).
 */
@ApplicationScoped
public class DocumentCounter {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    Rows rows;

    /** Creates the counter row of a new issuer, year and kind, in a transaction of its own. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext(unitName = "ptdv")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String issuer, int year, String kind) {
            if (last(em, issuer, year, kind) == null) {
                em.createNativeQuery("INSERT INTO doc_counter (issuer, doc_year, kind, last_number) VALUES (?, ?, ?, 0)")
                        .setParameter(1, issuer).setParameter(2, year).setParameter(3, kind).executeUpdate();
            }
        }
    }

    /**
     * The next number, in the caller's transaction (MANDATORY): the row stays locked until it ends. The row of a new
     * issuer, year and kind is created first, before this transaction locks anything of the counter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String issuer, int year, String kind) {
        if (last(em, issuer, year, kind) == null) {
            try {
                rows.create(issuer, year, kind);
            } catch (RuntimeException e) {
                // another issue created it at the same moment (duplicate key): the row is there now
            }
        }
        int updated = update(issuer, year, kind);
        if (updated != 1) {
            throw new IllegalStateException("no counter row for " + issuer + " " + year + " " + kind);
        }
        return last(em, issuer, year, kind);
    }

    private int update(String issuer, int year, String kind) {
        return em.createNativeQuery("UPDATE doc_counter SET last_number = last_number + 1"
                        + " WHERE issuer = ? AND doc_year = ? AND kind = ?")
                .setParameter(1, issuer).setParameter(2, year).setParameter(3, kind).executeUpdate();
    }

    static Integer last(EntityManager em, String issuer, int year, String kind) {
        List<?> rows = em.createNativeQuery("SELECT last_number FROM doc_counter WHERE issuer = ? AND doc_year = ? AND kind = ?")
                .setParameter(1, issuer).setParameter(2, year).setParameter(3, kind).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }
}
