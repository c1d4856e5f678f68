package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.control.TrainingRules.Enrolment;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** The queries of learners (học viên) and their certificates. No scope check: callers check. */
@ApplicationScoped
class LearnerRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    LearnerRepository() {
    }

    /** For tests on a plain entity manager. */
    LearnerRepository(EntityManager em) {
        this.em = em;
    }

    Optional<Learner> find(long id) {
        return Optional.ofNullable(em.find(Learner.class, id));
    }

    /** The learners of a class in the order they were enrolled. */
    List<Learner> ofClass(long classId) {
        return em.createQuery("SELECT l FROM Learner l WHERE l.classId = :c ORDER BY l.id", Learner.class)
                .setParameter("c", classId).getResultList();
    }

    long countOfClass(long classId) {
        return em.createQuery("SELECT COUNT(l) FROM Learner l WHERE l.classId = :c", Long.class).setParameter("c", classId)
                .getSingleResult();
    }

    /** The enrolments of people with these folded names, by {@link EnrolmentRules#person person} (one query per chunk). */
    Map<String, List<Enrolment>> enrolments(Collection<String> foldedNames) {
        Map<String, List<Enrolment>> out = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>(foldedNames);
        String select = "SELECT l.nameFolded, l.birthDate, c.id, c.courseNumber, c.courseType,"
                + " c.startDate, c.endDate, l.grade, c.orgPath FROM Learner l, TrainingClass c WHERE c.id = l.classId";
        boolean onePass = wanted.size() > 4 * Chunks.SIZE && 4L * wanted.size() >= em.createQuery(
                "SELECT COUNT(l) FROM Learner l", Long.class).getSingleResult();
        // a loader's batch about the size of the table: one pass, not dozens of long IN lists
        List<List<String>> chunks = onePass ? java.util.Collections.singletonList(null) : Chunks.of(wanted);
        for (List<String> chunk : chunks) {
            var query = em.createQuery(chunk == null ? select : select + " AND l.nameFolded IN :n", Object[].class);
            if (chunk != null) {
                query.setParameter("n", chunk);
            }
            for (Object[] row : query.getResultList()) {
                if (chunk == null && !wanted.contains((String) row[0])) {
                    continue;
                }
                out.computeIfAbsent(EnrolmentRules.person((String) row[0], (LocalDate) row[1]), k -> new ArrayList<>())
                        .add(new Enrolment((Long) row[2], (String) row[3], (CourseType) row[4], (LocalDate) row[5],
                                (LocalDate) row[6], (Grade) row[7], (String) row[8]));
            }
        }
        return out;
    }

    /** The first of these certificate numbers that a learner already holds. */
    Optional<String> firstUsedCertificateNumber(Collection<String> numbers) {
        if (numbers.size() > 4 * Chunks.SIZE && 4L * numbers.size() >= em.createQuery(
                "SELECT COUNT(l) FROM Learner l WHERE l.certificateNumber IS NOT NULL", Long.class).getSingleResult()) {
            // a loader's batch about the size of the table: one pass, not dozens of long IN lists
            Set<String> wanted = new HashSet<>(numbers);
            return em.createQuery("SELECT l.certificateNumber FROM Learner l WHERE l.certificateNumber IS NOT NULL",
                    String.class).getResultList().stream().filter(wanted::contains).findFirst();
        }
        for (List<String> chunk : Chunks.of(numbers)) {
            List<String> used = em.createQuery("SELECT l.certificateNumber FROM Learner l WHERE l.certificateNumber IN :n",
                    String.class).setParameter("n", chunk).getResultList();
            if (!used.isEmpty()) {
                return Optional.of(used.get(0));
            }
        }
        return Optional.empty();
    }

    /** The learners holding these certificate numbers, with their classes. */
    List<CertifiedLearner> certified(Collection<String> numbers) {
        List<CertifiedLearner> out = new ArrayList<>();
        for (List<String> chunk : Chunks.of(numbers.stream().filter(Objects::nonNull).distinct().toList())) {
            for (Object[] row : em.createQuery("SELECT l, c FROM Learner l, TrainingClass c WHERE c.id = l.classId"
                    + " AND l.certificateNumber IN :n", Object[].class).setParameter("n", chunk).getResultList()) {
                out.add(new CertifiedLearner((Learner) row[0], (TrainingClass) row[1]));
            }
        }
        return out;
    }

    void add(Learner l) {
        em.persist(l);
    }

    void remove(Learner l) {
        em.remove(l);
    }

    /** Writes what the transaction has changed so far. */
    void flush() {
        em.flush();
    }
}
