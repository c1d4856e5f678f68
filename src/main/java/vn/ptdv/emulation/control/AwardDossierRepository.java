package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ptdv.emulation.entity.AchievementReport;
import vn.ptdv.emulation.entity.CouncilMeeting;

/** The achievement reports and the council meeting of a proposal (an evaluation). No scope checks. */
@ApplicationScoped
public class AwardDossierRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    /** Every report of the evaluation's entries that has been started. */
    public List<AchievementReport> reports(long evaluationId) {
        return em.createQuery("SELECT r FROM AchievementReport r WHERE r.evaluationId = :e ORDER BY r.rowId",
                AchievementReport.class).setParameter("e", evaluationId).getResultList();
    }

    /** The report of one entry, locked for the change that follows. */
    public Optional<AchievementReport> reportForUpdate(long rowId) {
        return Optional.ofNullable(em.find(AchievementReport.class, rowId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<AchievementReport> report(long rowId) {
        return Optional.ofNullable(em.find(AchievementReport.class, rowId));
    }

    public Optional<CouncilMeeting> meeting(long evaluationId) {
        return Optional.ofNullable(em.find(CouncilMeeting.class, evaluationId));
    }

    public void persist(AchievementReport r) {
        em.persist(r);
    }

    public void persist(CouncilMeeting m) {
        em.persist(m);
    }

    public void flush() {
        em.flush();
    }
}
