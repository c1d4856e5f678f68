package vn.ptdv.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/**
 * A cap on reports rendered at the same time, so that a burst of downloads cannot exhaust memory or CPU. Requests
 * beyond the cap wait in line (first come, first served) up to {@code ptdv.reports.slot-wait-seconds}; a request that
 * finds {@code ptdv.reports.max-waiting} others already waiting, or still has no slot after the wait, is answered 503
 * with Retry-After.
 */
@ApplicationScoped
public class RenderingSlots {

    @Inject
    @ConfigProperty(name = PtdvConfig.MAX_CONCURRENT_REPORTS, defaultValue = "4")
    int max;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_SLOT_WAIT_SECONDS, defaultValue = "30")
    int waitSeconds;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_MAX_WAITING, defaultValue = "100")
    int maxWaiting;

    private Semaphore semaphore;

    @PostConstruct
    void init() {
        semaphore = new Semaphore(Math.max(1, max), true);
    }

    /** A slot at once, or after waiting in line; false when the line is full or the wait is over. */
    public boolean tryAcquire() {
        try {
            if (semaphore.tryAcquire(0, TimeUnit.SECONDS)) {
                return true;
            }
            if (semaphore.getQueueLength() >= maxWaiting) {
                return false;
            }
            return semaphore.tryAcquire(Math.max(0, waitSeconds), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release() {
        semaphore.release();
    }
}
