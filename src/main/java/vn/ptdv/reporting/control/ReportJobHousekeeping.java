package vn.ptdv.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up (after Flyway) fails the jobs this instance left QUEUED or RUNNING ("máy chủ khởi động lại"), so no job
 * stays running forever; every ten seconds writes this instance's heartbeat and fails the unfinished jobs of an
 * instance that stopped beating (killed and not restarted: {@code ptdv.reports.jobs.node-timeout-seconds}); every five
 * minutes expires finished files past their time.
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each store call is a transaction of its own
public class ReportJobHousekeeping {

    private static final Logger LOG = Logger.getLogger(ReportJobHousekeeping.class.getName());

    @Inject
    ReportJobs jobs;

    @PostConstruct
    void recover() {
        jobs.heartbeat();
        int failed = jobs.failInterrupted();
        if (failed > 0) {
            LOG.info(() -> failed + " report job(s) of " + jobs.node() + " interrupted by the restart marked FAILED");
        }
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void beat() {
        try {
            jobs.heartbeat();
            jobs.failLost();
        } catch (RuntimeException e) { // the database is away for a moment: the next beat tries again
            LOG.log(java.util.logging.Level.WARNING, "report job heartbeat failed: " + e);
        }
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void expire() {
        int expired = jobs.expire();
        if (expired > 0) {
            LOG.fine(() -> expired + " report job(s) expired");
        }
    }
}
