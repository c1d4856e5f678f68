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

    public List<Candidate> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Candidate c WHERE c.id IN :ids", Candidate.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Candidates under a path still waiting for the awareness course (in the pool, no certificate), by name. */
    public List<Candidate> waiting(String path, int max) {
        return em.createQuery("SELECT c FROM Candidate c WHERE c.orgRoot = :root AND c.orgPath LIKE :path"
                        + " AND c.state = :state AND c.awarenessCertNumber IS NULL ORDER BY c.nameFolded, c.id", Candidate.class)
                .setParameter("root", OrganizationRef.rootOf(path)).setParameter("path", path + "%")
                .setParameter("state", CandidateState.POOL).setMaxResults(max).getResultList();
    }

    /** The candidates of the subtrees in any of the states, by cell then name (for the named lists). */
    public List<Candidate> listed(List<OrganizationRef> roots, List<CandidateState> states, int max) {
        TypedQuery<Candidate> q = em.createQuery("SELECT c FROM Candidate c" + where(roots, null, null)
                + " AND c.state IN :states ORDER BY c.organizationCode, c.nameFolded, c.id", Candidate.class);
        bind(q, roots, null, null);
        return q.setParameter("states", states).setMaxResults(max).getResultList();
    }

    /** Candidates per cell (by code) and state in the subtrees: one grouped query. */
    public Map<String, Map<CandidateState, Long>> countsByUnit(List<OrganizationRef> roots) {
        TypedQuery<Object[]> q = em.createQuery("SELECT c.organizationCode, c.state, COUNT(c) FROM Candidate c"
                + where(roots, null, null) + " GROUP BY c.organizationCode, c.state", Object[].class);
        bind(q, roots, null, null);
        Map<String, Map<CandidateState, Long>> counts = new java.util.TreeMap<>();
        for (Object[] r : q.getResultList()) {
            counts.computeIfAbsent((String) r[0], k -> {
                Map<CandidateState, Long> m = new EnumMap<>(CandidateState.class);
                for (CandidateState s : CandidateState.values()) {
                    m.put(s, 0L);
                }
                return m;
            }).put((CandidateState) r[1], (Long) r[2]);
        }
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
