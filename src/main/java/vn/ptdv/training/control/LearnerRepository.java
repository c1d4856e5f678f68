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

    /**
     * The enrolments of people with these folded names, by {@link EnrolmentRules#person person} (one query per chunk,
     * from the learners by the person index to their classes: {@link InLists#numberedParameters}).
     */
    Map<String, List<Enrolment>> enrolments(Collection<String> foldedNames) {
        Map<String, List<Enrolment>> out = new HashMap<>();
        for (List<String> chunk : InLists.chunks(new LinkedHashSet<>(foldedNames))) {
            for (Object[] row : rows("SELECT l.name_folded, l.birth_date, c.id, c.course_number, c.course_type,"
                    + " c.start_date, c.end_date, l.grade, c.org_path FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                    + " trn_learner l --DERBY-PROPERTIES index=ix_trn_learner_person\n, trn_class c"
                    + " WHERE c.id = l.class_id AND l.name_folded IN ", chunk)) {
                out.computeIfAbsent(EnrolmentRules.person((String) row[0], date(row[1])), k -> new ArrayList<>())
                        .add(new Enrolment(((Number) row[2]).longValue(), (String) row[3], CourseType.valueOf((String) row[4]),
                                date(row[5]), date(row[6]), row[7] == null ? null : Grade.valueOf((String) row[7]),
                                (String) row[8]));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<String> values) {
        jakarta.persistence.Query q = em.createNativeQuery(sql + InLists.numberedParameters(1, values.size()));
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q.getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The first of these certificate numbers that a learner already holds (by the number's unique index). */
    Optional<String> firstUsedCertificateNumber(Collection<String> numbers) {
        for (List<String> chunk : InLists.chunks(numbers)) {
            jakarta.persistence.Query q = em.createNativeQuery("SELECT certificate_number FROM trn_learner"
                    + " --DERBY-PROPERTIES constraint=uq_trn_certificate\n WHERE certificate_number IN "
                    + InLists.numberedParameters(1, chunk.size()));
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 1, chunk.get(i));
            }
            List<?> used = q.getResultList();
            if (!used.isEmpty()) {
                return Optional.of((String) used.get(0));
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
            jakarta.persistence.Query q = em.createNativeQuery("SELECT * FROM trn_learner"
                    + " --DERBY-PROPERTIES constraint=uq_trn_certificate\n WHERE certificate_number IN "
                    + InLists.numberedParameters(1, chunk.size()), Learner.class);
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 1, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Learner> found = q.getResultList();
            learners.addAll(found);
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
