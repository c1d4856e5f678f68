package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.shared.InLists;
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
        for (List<String> chunk : InLists.chunks(new LinkedHashSet<>(foldedNames))) {
            for (Object[] row : em.createQuery("SELECT l.nameFolded, l.birthDate, c.id, c.courseNumber, c.courseType,"
                            + " c.startDate, c.endDate, l.grade, c.orgPath FROM Learner l, TrainingClass c WHERE c.id = l.classId"
                            + " AND l.nameFolded IN :n", Object[].class).setParameter("n", chunk).getResultList()) {
                out.computeIfAbsent(EnrolmentRules.person((String) row[0], (LocalDate) row[1]), k -> new ArrayList<>())
                        .add(new Enrolment((Long) row[2], (String) row[3], (CourseType) row[4], (LocalDate) row[5],
                                (LocalDate) row[6], (Grade) row[7], (String) row[8]));
            }
        }
        return out;
    }

    /** The first of these certificate numbers that a learner already holds. */
    Optional<String> firstUsedCertificateNumber(Collection<String> numbers) {
        for (List<String> chunk : InLists.chunks(numbers)) {
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
        // two single-table look-ups by unique keys (the certificate number, then the class id): joined in one query,
        // Derby without statistics went from the classes to their learners and compared each with the whole IN list
        List<Learner> learners = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(numbers.stream().filter(Objects::nonNull).distinct().toList())) {
            learners.addAll(em.createQuery("SELECT l FROM Learner l WHERE l.certificateNumber IN :n", Learner.class)
                    .setParameter("n", chunk).getResultList());
        }
        Map<Long, TrainingClass> classes = new HashMap<>();
        for (List<Long> chunk : InLists.chunks(learners.stream().map(Learner::getClassId).distinct().toList())) {
            em.createQuery("SELECT c FROM TrainingClass c WHERE c.id IN :ids", TrainingClass.class)
                    .setParameter("ids", chunk).getResultList().forEach(c -> classes.put(c.getId(), c));
        }
        List<CertifiedLearner> out = new ArrayList<>(learners.size());
        learners.forEach(l -> out.add(new CertifiedLearner(l, classes.get(l.getClassId()))));
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
