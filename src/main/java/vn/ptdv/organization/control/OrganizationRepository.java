package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.organization.entity.LineageLink;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.shared.InLists;
import vn.ptdv.shared.LikePatterns;

/**
 * The queries of the organisation tree (records and their lineage links). No scope checks: the services that call it
 * check the caller. Works with any {@link EntityManager} (the package-private constructor), in the caller's
 * transaction.
 */
@ApplicationScoped
public class OrganizationRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public OrganizationRepository() {
        // for CDI
    }

    OrganizationRepository(EntityManager em) {
        this.em = em;
    }

    /** Every record of the code, oldest first (a code keeps across re-parenting and renaming). */
    public List<Organization> records(String code) {
        return em.createNamedQuery(Organization.BY_CODE, Organization.class).setParameter("code", code).getResultList();
    }

    /**
     * The records of many codes at once, by code (oldest first): one query per {@link InLists#SIZE} codes, probing the
     * code index ({@link InLists#numberedParameters}).
     */
    public Map<String, List<Organization>> records(Collection<String> codes) {
        Map<String, List<Organization>> byCode = new LinkedHashMap<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(new java.util.LinkedHashSet<>(codes)))) {
            jakarta.persistence.Query q = em.createNativeQuery("SELECT * FROM org_organization"
                    + " --DERBY-PROPERTIES index=ix_org_code\n WHERE code IN " + InLists.numberedParameters(1, chunk.size())
                    + " ORDER BY code, valid_from", Organization.class);
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 1, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Organization> found = q.getResultList();
            found.forEach(o -> byCode.computeIfAbsent(o.getCode(), k -> new java.util.ArrayList<>()).add(o));
        }
        return byCode;
    }

    /** The record of the code (trimmed) valid on the date; empty when either is null. */
    public Optional<Organization> validOn(String code, LocalDate date) {
        if (code == null || date == null) {
            return Optional.empty();
        }
        return records(code.strip()).stream().filter(o -> o.validOn(date)).findFirst();
    }

    /** The record of the code (trimmed) valid today, else the latest one. */
    public Optional<Organization> currentOrLatest(String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<Organization> all = records(code.strip());
        LocalDate today = LocalDate.now();
        return all.stream().filter(o -> o.validOn(today)).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    public Optional<Organization> find(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /** The direct children valid on at least one day of the period, in code order. */
    public List<Organization> childrenDuring(long parentId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(Organization.CHILDREN_DURING, Organization.class)
                .setParameter("parentId", parentId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The records whose path matches the LIKE pattern valid on the date, in path order. */
    public List<Organization> subtreeOn(String pattern, LocalDate date) {
        return em.createNamedQuery(Organization.SUBTREE_ON, Organization.class)
                .setParameter("pattern", pattern).setParameter("date", date).getResultList();
    }

    /** The records whose path matches the LIKE pattern valid on at least one day of the period, in path order. */
    public List<Organization> subtreeDuring(String pattern, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o FROM Organization o WHERE o.path LIKE :pattern AND o.validFrom <= :to"
                        + " AND (o.validTo IS NULL OR o.validTo >= :from) ORDER BY o.path", Organization.class)
                .setParameter("pattern", pattern).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The records below the record (not itself) still open on the date, in path order. */
    public List<Organization> openDescendants(Organization o, LocalDate date) {
        return em.createNamedQuery(Organization.OPEN_DESCENDANTS, Organization.class)
                .setParameter("pattern", o.getPath() + "%").setParameter("id", o.getId()).setParameter("date", date)
                .getResultList();
    }

    /** The direct children of the record still open on the date. */
    public List<Organization> openChildren(Organization o, LocalDate date) {
        return openDescendants(o, date).stream().filter(d -> o.getId().equals(d.getParentId())).toList();
    }

    /**
     * Records whose folded name contains the folded text, optionally only under a subtree pattern and valid on a date,
     * in path order, at most {@code max}.
     */
    public List<Organization> nameContains(String folded, String pattern, LocalDate date, int max) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM Organization o WHERE o.nameFolded LIKE :folded" + LikePatterns.ESCAPE);
        if (pattern != null) {
            jpql.append(" AND o.path LIKE :pattern");
        }
        if (date != null) {
            jpql.append(" AND o.validFrom <= :date AND (o.validTo IS NULL OR o.validTo >= :date)");
        }
        TypedQuery<Organization> q = em.createQuery(jpql.append(" ORDER BY o.path").toString(), Organization.class)
                .setParameter("folded", LikePatterns.containing(folded));
        if (pattern != null) {
            q.setParameter("pattern", pattern);
        }
        if (date != null) {
            q.setParameter("date", date);
        }
        return q.setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Organization.COUNT, Long.class).getSingleResult();
    }

    /** The records of these ids (any order); unknown ids are absent. */
    public List<Organization> byIds(Collection<Long> ids) {
        List<Organization> out = new java.util.ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            out.addAll(em.createQuery("SELECT o FROM Organization o WHERE o.id IN :ids", Organization.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return out;
    }

    /** The lineage links whose successor (or predecessor, when {@code bySuccessor} is false) is one of the ids. */
    public List<LineageLink> links(Collection<Long> ids, boolean bySuccessor) {
        List<LineageLink> out = new java.util.ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            out.addAll(em.createQuery("SELECT l FROM LineageLink l WHERE l." + (bySuccessor ? "successorId" : "predecessorId")
                    + " IN :ids ORDER BY l.effectiveDate, l.id", LineageLink.class).setParameter("ids", chunk).getResultList());
        }
        return out;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        return InLists.chunks(new java.util.LinkedHashSet<>(ids));
    }

    /**
     * Whether a lineage link effective after {@code from} and up to {@code on} leads into or out of the subtree (a
     * record of it is the predecessor or the successor): one query.
     */
    public boolean linksTouching(String pattern, LocalDate from, LocalDate on) {
        return em.createQuery("SELECT COUNT(l) FROM LineageLink l, Organization p, Organization s"
                        + " WHERE l.predecessorId = p.id AND l.successorId = s.id AND l.effectiveDate > :from"
                        + " AND l.effectiveDate <= :on AND (p.path LIKE :pattern OR s.path LIKE :pattern)", Long.class)
                .setParameter("from", from).setParameter("on", on).setParameter("pattern", pattern)
                .getSingleResult() > 0;
    }

    /** The lineage links in which the record is predecessor or successor, in date order. */
    public List<LineageLink> lineageOf(long id) {
        return em.createNamedQuery(LineageLink.OF, LineageLink.class).setParameter("id", id).getResultList();
    }

    public void persist(Organization o) {
        em.persist(o);
    }

    public void persist(LineageLink l) {
        em.persist(l);
    }

    /** Writes pending changes now (no mapped relationship orders the inserts: parents must exist first). */
    public void flush() {
        em.flush();
    }

    /** Batch loads: write at commit or on {@link #flush} only. */
    public void flushAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /** Increments the record's version at commit, so a concurrent change of it fails. */
    public void lock(Organization o) {
        em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
