package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.training.entity.Absence;

/** The queries of attendance (điểm danh): the recorded absences of learners from sessions. No scope check. */
@ApplicationScoped
class AttendanceRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    AttendanceRepository() {
    }

    /** For tests on a plain entity manager. */
    AttendanceRepository(EntityManager em) {
        this.em = em;
    }

    /** Learner id → the ids of the sessions missed, of one class. */
    Map<Long, List<Long>> absentSessions(long classId) {
        Map<Long, List<Long>> absent = new HashMap<>();
        em.createQuery("SELECT a FROM Absence a WHERE a.classId = :c", Absence.class).setParameter("c", classId)
                .getResultList().forEach(a -> absent.computeIfAbsent(a.getLearnerId(), k -> new ArrayList<>()).add(a.getSessionId()));
        return absent;
    }

    void add(Absence a) {
        em.persist(a);
    }

    /** Deletes the absences of a learner. */
    void clearLearner(long learnerId) {
        em.createQuery("DELETE FROM Absence a WHERE a.learnerId = :l").setParameter("l", learnerId).executeUpdate();
    }

    /** Deletes the absences of every learner of a class. */
    void clearClass(long classId) {
        em.createQuery("DELETE FROM Absence a WHERE a.classId = :c").setParameter("c", classId).executeUpdate();
    }
}
