package vn.ptdv.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ptdv.reporting.entity.ReportJob;
import vn.ptdv.reporting.entity.ReportJobChunk;

/**
 * The report jobs in the database: every method is one short transaction, so a worker's progress and a user's cancel
 * on another instance meet in the table, and a file is written and read one chunk per transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ReportJobStore {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public void create(ReportJob job) {
        em.persist(job);
    }

    /** A job refused by a full queue is forgotten again. */
    public void delete(String id) {
        deleteChunks(id);
        em.createQuery("DELETE FROM ReportJob j WHERE j.id = :id").setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReportJob> find(String id) {
        return Optional.ofNullable(em.find(ReportJob.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportJob> ofOwner(String owner, int limit) {
        return em.createNamedQuery(ReportJob.OF_OWNER, ReportJob.class).setParameter("owner", owner)
                .setMaxResults(limit).getResultList();
    }

    /** QUEUED → RUNNING; false when the job was cancelled while it waited. */
    public boolean start(String id, Instant now) {
        ReportJob job = em.find(ReportJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return job != null && job.start(now);
    }

    /**
     * Records the pages rendered so far (an UPDATE without a version bump, so it never conflicts with a cancel) and
     * answers whether the job should stop: cancelled, from any instance, or gone.
     */
    public boolean progress(String id, int pages) {
        em.createQuery("UPDATE ReportJob j SET j.pagesRendered = :p WHERE j.id = :id AND j.state = :running"
                        + " AND j.pagesRendered < :p")
                .setParameter("p", pages).setParameter("id", id).setParameter("running", ReportJob.State.RUNNING)
                .executeUpdate();
        List<Boolean> live = em.createQuery("SELECT j.cancelRequested FROM ReportJob j WHERE j.id = :id"
                        + " AND j.state = :running", Boolean.class)
                .setParameter("id", id).setParameter("running", ReportJob.State.RUNNING).getResultList();
        return live.isEmpty() || live.get(0);
    }

    public void appendChunk(String id, int chunkNo, byte[] data) {
        em.persist(new ReportJobChunk(id, chunkNo, data));
    }

    /** RUNNING → DONE; when the job was cancelled meanwhile its chunks are removed and false is answered. */
    public boolean finish(String id, Instant now, long size, int chunks, int pages, Duration keep) {
        ReportJob job = em.find(ReportJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getState() != ReportJob.State.RUNNING) {
            deleteChunks(id);
            return false;
        }
        job.finish(now, size, chunks, pages, keep);
        return true;
    }

    /** Live → FAILED; the chunks written so far are removed. */
    public void fail(String id, Instant now, String reason) {
        ReportJob job = em.find(ReportJob.class, id);
        if (job != null) {
            job.fail(now, reason);
        }
        deleteChunks(id);
    }

    /** Removes what a stopped job wrote (a cancelled job keeps its row, state CANCELLED). */
    public void discardChunks(String id) {
        deleteChunks(id);
    }

    /**
     * Live → CANCELLED: the job as it is now, or empty when it does not exist. The row is locked (SELECT ... FOR
     * UPDATE), as in {@link #start} and {@link #finish}, so a cancel and a worker starting or finishing the job at the
     * same moment take turns: whichever comes second sees the other's state.
     */
    public Optional<ReportJob> cancel(String id, Instant now) {
        ReportJob job = em.find(ReportJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (job != null) {
            job.cancel(now);
        }
        return Optional.ofNullable(job);
    }

    /** One chunk of a finished file. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] chunk(String id, int chunkNo) {
        return em.createQuery("SELECT c.data FROM ReportJobChunk c WHERE c.jobId = :id AND c.chunkNo = :n", byte[].class)
                .setParameter("id", id).setParameter("n", chunkNo).getSingleResult();
    }

    /**
     * Expiry: DONE jobs past {@code expiresAt} become EXPIRED and lose their file; FAILED and CANCELLED jobs older
     * than {@code keep} are deleted. Returns how many jobs changed.
     */
    public int expire(Instant now, Duration keep) {
        List<ReportJob> due = em.createNamedQuery(ReportJob.DUE, ReportJob.class)
                .setParameter("done", ReportJob.State.DONE).setParameter("now", now)
                .setParameter("ended", ReportJob.ENDED_WITHOUT_FILE).setParameter("before", now.minus(keep))
                .getResultList();
        for (ReportJob job : due) {
            deleteChunks(job.getId());
            if (!job.expireIfDue(now)) {
                em.remove(job);
            }
        }
        return due.size();
    }

    /** At start-up: this instance's jobs that were queued or running when it stopped can never finish. */
    public int failInterrupted(String node, Instant now, String reason) {
        List<ReportJob> jobs = em.createNamedQuery(ReportJob.INTERRUPTED, ReportJob.class).setParameter("node", node)
                .setParameter("live", ReportJob.LIVE).getResultList();
        for (ReportJob job : jobs) {
            job.fail(now, reason);
            deleteChunks(job.getId());
        }
        return jobs.size();
    }

    private void deleteChunks(String id) {
        em.createQuery("DELETE FROM ReportJobChunk c WHERE c.jobId = :id").setParameter("id", id).executeUpdate();
    }
}
