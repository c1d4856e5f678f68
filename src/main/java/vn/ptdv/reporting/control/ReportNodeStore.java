package vn.ptdv.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.reporting.entity.ReportJob;

/**
 * The instances that run report jobs ({@code rpt_node}) and their heartbeats. Each method is one short transaction:
 * an instance only ever writes its own row, so two instances never update the same row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ReportNodeStore {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    /** This instance is alive at {@code now}; its row is created on its first beat. */
    public void beat(String node, Instant now) {
        Timestamp t = Timestamp.from(now);
        int updated = em.createNativeQuery("UPDATE rpt_node SET beat_at = ?1 WHERE node = ?2")
                .setParameter(1, t).setParameter(2, node).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO rpt_node (node, started_at, beat_at) VALUES (?1, ?2, ?2)")
                    .setParameter(1, node).setParameter(2, t).executeUpdate();
        }
    }

    /**
     * The other instances that hold live jobs and have not beaten since {@code silentSince}: a row whose last beat is
     * older, or no row at all for a job created before then (an instance that died before its first beat).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> lost(String self, Instant silentSince) {
        Timestamp t = Timestamp.from(silentSince);
        List<?> rows = em.createNativeQuery("SELECT DISTINCT j.node FROM rpt_job j LEFT JOIN rpt_node n ON n.node = j.node"
                        + " WHERE j.state IN ('" + ReportJob.State.QUEUED.name() + "', '" + ReportJob.State.RUNNING.name()
                        + "') AND j.node <> ?1 AND ((n.node IS NULL AND j.created_at < ?2) OR n.beat_at < ?2)"
                        + " ORDER BY j.node")
                .setParameter(1, self).setParameter(2, t).getResultList();
        List<String> nodes = new ArrayList<>();
        rows.forEach(r -> nodes.add(String.valueOf(r).strip()));
        return nodes;
    }

    /** The last heartbeat of an instance; null when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant lastBeat(String node) {
        List<?> rows = em.createNativeQuery("SELECT beat_at FROM rpt_node WHERE node = ?1").setParameter(1, node)
                .getResultList();
        return rows.isEmpty() ? null : ((Timestamp) rows.get(0)).toInstant();
    }
}
