package vn.ptdv.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/** A cap on reports rendered at the same time, so that a burst of downloads cannot exhaust memory or CPU. */
@ApplicationScoped
public class RenderingSlots {

    @Inject
    @ConfigProperty(name = PtdvConfig.MAX_CONCURRENT_REPORTS, defaultValue = "4")
    int max;

    private Semaphore semaphore;

    @PostConstruct
    void init() {
        semaphore = new Semaphore(Math.max(1, max), true);
    }

    /** Waits up to two seconds for a slot. */
    public boolean tryAcquire() {
        try {
            return semaphore.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release() {
        semaphore.release();
    }
}
