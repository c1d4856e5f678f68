package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.LikePatterns;
import vn.ptdv.shared.VietnameseText;

/** The queries of candidates: by subtree (every record of a code), state and name without diacritics. */
@ApplicationScoped
public class CandidateRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public Optional<Candidate> find(long id) {
        return Optional.ofNullable(em.find(Candidate.class, id));
    }

    public void persist(Candidate c) {
        em.persist(c);
    }

    public void flush() {
        em.flush();
    }

    public List<Candidate> list(List<OrganizationRef> roots, CandidateState state, String name, int first, int max) {
        TypedQuery<Candidate> q = em.createQuery("SELECT c FROM Candidate c" + where(roots, state, name)
                + " ORDER BY c.nameFolded, c.id", Candidate.class);
        bind(q, roots, state, name);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<OrganizationRef> roots, CandidateState state, String name) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Candidate c" + where(roots, state, name), Long.class);
        bind(q, roots, state, name);
        return q.getSingleResult();
    }

    /** Candidates per state in the subtrees: one grouped query. */
    public Map<CandidateState, Long> countsByState(List<OrganizationRef> roots) {
        TypedQuery<Object[]> q = em.createQuery("SELECT c.state, COUNT(c) FROM Candidate c" + where(roots, null, null)
                + " GROUP BY c.state", Object[].class);
        bind(q, roots, null, null);
        Map<CandidateState, Long> counts = new EnumMap<>(CandidateState.class);
        for (CandidateState s : CandidateState.values()) {
            counts.put(s, 0L);
        }
        q.getResultList().forEach(r -> counts.put((CandidateState) r[0], (Long) r[1]));
        return counts;
    }

    private static String where(List<OrganizationRef> roots, CandidateState state, String name) {
        StringBuilder w = new StringBuilder(" WHERE (");
        for (int i = 0; i < roots.size(); i++) {
            w.append(i == 0 ? "" : " OR ").append("(c.orgRoot = :r").append(i).append(" AND c.orgPath LIKE :p").append(i).append(")");
        }
        w.append(roots.isEmpty() ? "1 = 0)" : ")");
        if (state != null) {
            w.append(" AND c.state = :state");
        }
        if (name != null && !name.isBlank()) {
            w.append(" AND c.nameFolded LIKE :name").append(LikePatterns.ESCAPE);
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<OrganizationRef> roots, CandidateState state, String name) {
        for (int i = 0; i < roots.size(); i++) {
            q.setParameter("r" + i, OrganizationRef.rootOf(roots.get(i).path()));
            q.setParameter("p" + i, roots.get(i).subtreePattern());
        }
        if (state != null) {
            q.setParameter("state", state);
        }
        if (name != null && !name.isBlank()) {
            q.setParameter("name", LikePatterns.containing(VietnameseText.fold(name)));
        }
    }
}
