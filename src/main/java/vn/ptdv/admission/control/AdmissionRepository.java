package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionEvent;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.shared.InLists;
import vn.ptdv.shared.LikePatterns;
import vn.ptdv.shared.VietnameseText;

/**
 * The JPQL queries of admission records and their history. No scope checks: the services that call it check the
 * caller and hand it the subtree patterns the caller may see. Works with any {@link EntityManager}.
 */
@ApplicationScoped
public class AdmissionRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public AdmissionRepository() {
        // for CDI
    }

    AdmissionRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Admission> find(long id) {
        return Optional.ofNullable(em.find(Admission.class, id));
    }

    /** The records with these ids (missing ones are absent): one query per {@link InLists#SIZE} ids. */
    /**
     * The look-up values of the records with these ids, read as values (no entity joins the persistence context: a
     * loader asks for 25.000 of them).
     */
    public List<vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord> recordsOf(Collection<Long> ids) {
        List<vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord> found = new ArrayList<>();
        for (List<Long> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            for (Object[] r : em.createQuery("SELECT a.id, a.fullName, a.birthDate, a.gender, a.ethnicityCode, a.religion, "
                    + "a.organizationCode, a.orgPath, a.decisionDate, a.ceremonyDate, a.probationEnd, a.status FROM Admission a "
                    + "WHERE a.id IN :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                found.add(new vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord((Long) r[0], (String) r[1],
                        (LocalDate) r[2], (vn.ptdv.admission.api.Gender) r[3], (String) r[4], (String) r[5], (String) r[6],
                        (String) r[7], (LocalDate) r[8], (LocalDate) r[9], (LocalDate) r[10], r[11] == AdmissionStatus.ACTIVE));
            }
        }
        return found;
    }

    public List<Admission> byIds(Collection<Long> ids) {
        List<Admission> found = new ArrayList<>();
        for (List<Long> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
            found.addAll(em.createQuery("SELECT a FROM Admission a WHERE a.id IN :ids", Admission.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    /** How many admissions of the filter lie under any of the subtree patterns. */
    public long count(List<String> patterns, AdmissionFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM Admission a" + where(patterns, filter, today, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The admissions of the filter under the patterns in decision date order, from {@code first}, at most {@code max}. */
    public List<Admission> list(List<String> patterns, AdmissionFilter filter, LocalDate today, int first, int max) {
        TypedQuery<Admission> q = listQuery(patterns, filter, today);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Every admission of the filter under the patterns, in decision date order. */
    public List<Admission> all(List<String> patterns, AdmissionFilter filter, LocalDate today) {
        return listQuery(patterns, filter, today).getResultList();
    }

    private TypedQuery<Admission> listQuery(List<String> patterns, AdmissionFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Admission> q = em.createQuery("SELECT a FROM Admission a" + where(patterns, filter, today, params)
                + " ORDER BY a.decisionDate, a.id", Admission.class);
        params.forEach(q::setParameter);
        return q;
    }

    /** The WHERE clause of a filter over the subtree patterns (one at least). */
    private static String where(List<String> patterns, AdmissionFilter filter, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE (");
        for (int i = 0; i < patterns.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("a.orgPath LIKE :p").append(i);
            params.put("p" + i, patterns.get(i));
        }
        where.append(")");
        where.append(" AND a.status = :status");
        params.put("status", filter.status() == null ? AdmissionStatus.ACTIVE : filter.status());
        if (filter.year() != null) {
            where.append(" AND a.decisionDate >= :from AND a.decisionDate <= :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        equal(where, params, "a.gender", "gender", filter.gender());
        equal(where, params, "a.ethnicityCode", "eth", filter.ethnicityCode());
        equal(where, params, "a.minority", "minority", filter.minority());
        equal(where, params, "a.occupation", "occupation", filter.occupation());
        equal(where, params, "a.generalEducation", "edu", filter.generalEducation());
        equal(where, params, "a.professionalQualification", "qual", filter.professionalQualification());
        if (filter.warning() != null) {
            String condition = AdmissionWarnings.condition(filter.warning().code());
            where.append(" AND ").append(condition);
            params.putAll(AdmissionWarnings.parameters(condition, today));
        }
        if (filter.name() != null) {
            where.append(" AND a.nameFolded LIKE :name").append(LikePatterns.ESCAPE);
            params.put("name", LikePatterns.containing(VietnameseText.fold(filter.name())));
        }
        return where.toString();
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String attribute, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(attribute).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /** The active admission carrying each of these decision numbers: one query per {@link InLists#SIZE} numbers. */
    public Map<String, Long> activeIdsByDecisionNumber(Collection<String> numbers) {
        Map<String, Long> owners = new HashMap<>();
        activeOwnersOf(numbers).forEach(o -> owners.putIfAbsent(o.decisionNumber(), o.admissionId()));
        return owners;
    }

    /**
     * The active admissions carrying these decision numbers, with their organisation paths (so that a caller's look-up
     * sees only those of its scope): one query per {@link InLists#SIZE} numbers, probing the decision-number index.
     * The index is named for Derby: without statistics (a table filled in the running transaction, as the loaders do)
     * its optimizer scanned the whole table once per chunk and compared every row with the 500 values.
     */
    public List<NumberOwner> activeOwnersOf(Collection<String> numbers) {
        List<NumberOwner> owners = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(numbers)))) {
            for (Object[] r : inList("SELECT decision_number, id, org_path FROM adm_admission"
                    + " --DERBY-PROPERTIES index=ix_adm_decision_number\n WHERE status = ?1 AND decision_number IN ", chunk)) {
                owners.add(new NumberOwner((String) r[0], ((Number) r[1]).longValue(), (String) r[2]));
            }
        }
        return owners;
    }

    /** The rows of a native query whose first parameter is the status ACTIVE, then the values of its IN list. */
    @SuppressWarnings("unchecked")
    private List<Object[]> inList(String sql, List<String> values) {
        Query q = em.createNativeQuery(sql + InLists.numberedParameters(2, values.size()))
                .setParameter(1, AdmissionStatus.ACTIVE.name());
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 2, values.get(i));
        }
        return q.getResultList();
    }

    /** An active admission carrying a decision number, where it lies. */
    public record NumberOwner(String decisionNumber, long admissionId, String orgPath) {
    }

    /** The organisation paths of the active admissions other than {@code ownId} that carry the decision number. */
    public List<String> decisionNumberPaths(String number, Long ownId) {
        return em.createQuery("SELECT a.orgPath FROM Admission a WHERE a.decisionNumber = :n AND a.status = :s"
                        + " AND a.id <> :id", String.class)
                .setParameter("n", number).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("id", ownId == null ? -1L : ownId)
                .getResultList();
    }

    /**
     * Who an active admission of these organisation codes admitted: one query per {@link InLists#SIZE} codes, probing
     * the organisation-code index (named for Derby, as in {@link #activeOwnersOf}).
     */
    public List<Person> activePersonsIn(Collection<String> organizationCodes) {
        List<Person> persons = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(organizationCodes)))) {
            for (Object[] r : inList("SELECT id, full_name, birth_date, organization_code, org_path FROM adm_admission"
                    + " --DERBY-PROPERTIES index=ix_adm_org_code\n WHERE status = ?1 AND organization_code IN ", chunk)) {
                persons.add(new Person(((Number) r[0]).longValue(), (String) r[1], localDate(r[2]), (String) r[3],
                        (String) r[4]));
            }
        }
        return persons;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The person of an admission record, as duplicates are told apart, and where the record lies. */
    public record Person(long admissionId, String fullName, LocalDate birthDate, String organizationCode, String orgPath) {
    }

    /** The history of a record, oldest first. */
    /** The end of probation of each admission (null when it has no ceremony date), by id. */
    public Map<Long, LocalDate> probationEnds(Collection<Long> ids) {
        Map<Long, LocalDate> ends = new java.util.HashMap<>();
        for (List<Long> chunk : vn.ptdv.shared.InLists.chunks(new ArrayList<>(ids))) {
            for (Object[] r : em.createQuery("SELECT a.id, a.probationEnd FROM Admission a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                ends.put((Long) r[0], (LocalDate) r[1]);
            }
        }
        return ends;
    }

    public List<AdmissionEvent> events(long admissionId) {
        return em.createQuery("SELECT e FROM AdmissionEvent e WHERE e.admissionId = :id ORDER BY e.occurredAt, e.id", AdmissionEvent.class)
                .setParameter("id", admissionId).getResultList();
    }

    /**
     * Per exact org_path: the active admissions under the pattern decided in the period that meet the JPQL condition
     * (of {@link AdmissionWarnings}, its date parameters from {@code today}).
     */
    public Map<String, Long> countByPath(String pattern, LocalDate from, LocalDate to, String condition, LocalDate today) {
        TypedQuery<Object[]> q = em.createQuery("SELECT a.orgPath, COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p"
                        + " AND a.status = :s AND a.decisionDate >= :from AND a.decisionDate <= :to AND " + condition
                        + " GROUP BY a.orgPath", Object[].class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to);
        AdmissionWarnings.parameters(condition, today).forEach(q::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Active admissions under the pattern decided in the period. */
    public long countDecided(String pattern, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.decisionDate >= :from AND a.decisionDate <= :to", Long.class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Admission records of any status under the pattern decided in the period (loaders). */
    public long countRecorded(String pattern, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p"
                        + " AND a.decisionDate >= :from AND a.decisionDate <= :to", Long.class)
                .setParameter("p", pattern).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** The latest decision date of an active admission under the pattern on or before {@code upTo} (null: none). */
    public LocalDate latestDecision(String pattern, LocalDate upTo) {
        return em.createQuery("SELECT MAX(a.decisionDate) FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.decisionDate <= :to", LocalDate.class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("to", upTo).getSingleResult();
    }

    /** Active admissions under the pattern whose probation ends in the period. */
    public long countProbationsEnding(String pattern, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.probationEnd >= :from AND a.probationEnd <= :to", Long.class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** The first {@code max} of those, by end of probation. */
    public List<Admission> probationsEnding(String pattern, LocalDate from, LocalDate to, int max) {
        return em.createQuery("SELECT a FROM Admission a WHERE a.orgPath LIKE :p AND a.status = :s"
                        + " AND a.probationEnd >= :from AND a.probationEnd <= :to ORDER BY a.probationEnd, a.id", Admission.class)
                .setParameter("p", pattern).setParameter("s", AdmissionStatus.ACTIVE)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }

    public void persist(Admission a) {
        em.persist(a);
    }

    public void persist(AdmissionEvent e) {
        em.persist(e);
    }

    /** Writes pending changes now (the ids of new records are needed by their events). */
    public void flush() {
        em.flush();
    }

    /** Batch writes: at commit or on {@link #flush} only. */
    public void flushAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /** Increments the record's version at commit, so a concurrent change of it fails. */
    public void lock(Admission a) {
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
