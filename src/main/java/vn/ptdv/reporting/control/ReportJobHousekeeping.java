package vn.ptdv.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up (after Flyway) fails the jobs this instance left QUEUED or RUNNING ("máy chủ khởi động lại"), so no job
 * stays running forever; every five minutes expires finished files past their time.
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
public class ReportJobHousekeeping {

    private static final Logger LOG = Logger.getLogger(ReportJobHousekeeping.class.getName());

    @Inject
    ReportJobs jobs;

    @PostConstruct
    void recover() {
        int failed = jobs.failInterrupted();
        if (failed > 0) {
            LOG.info(() -> failed + " report job(s) of " + jobs.node() + " interrupted by the restart marked FAILED");
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
