package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.ptdv.emulation.entity.DisciplinaryAction;
import vn.ptdv.shared.InLists;

/** The queries of disciplinary actions against organisations. No scope checks; works with any {@link EntityManager}. */
@ApplicationScoped
public class DisciplineRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public DisciplineRepository() {
        // for CDI
    }

    DisciplineRepository(EntityManager em) {
        this.em = em;
    }

    /** The actions against records matching the subtree pattern, optionally of one year, in date order. */
    public List<DisciplinaryAction> under(String pattern, Integer year) {
        TypedQuery<DisciplinaryAction> q = em.createQuery("SELECT d FROM DisciplinaryAction d WHERE d.orgPath LIKE :p"
                + (year == null ? "" : " AND d.actionDate >= :from AND d.actionDate <= :to")
                + " ORDER BY d.actionDate, d.id", DisciplinaryAction.class).setParameter("p", pattern);
        if (year != null) {
            q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
        }
        return q.getResultList();
    }

    /** The actions against these codes in the period: one query per {@link InLists#SIZE} codes. */
    public List<DisciplinaryAction> ofCodes(Collection<String> codes, LocalDate from, LocalDate to) {
        List<DisciplinaryAction> found = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(codes))) {
            found.addAll(em.createNamedQuery(DisciplinaryAction.OF_CODES, DisciplinaryAction.class)
                    .setParameter("codes", chunk).setParameter("from", from).setParameter("to", to).getResultList());
        }
        return found;
    }

    public void persist(DisciplinaryAction d) {
        em.persist(d);
    }

    /** Writes pending changes now (the audit trail names the new id). */
    public void flush() {
        em.flush();
    }
}
