package vn.ptdv.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.entity.ReportJob.State;

/** The job's state machine with explicit instants (the clock of the service): no waiting. */
class ReportJobTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    private static ReportJob job() {
        return new ReportJob("tinhuy.admin", "admission-list", "org=LC&year=2024", "pdf", 11_460, "node-1",
                "danh-sach.pdf", "Danh sách.pdf", T0);
    }

    @Test
    void queuedRunsFinishesAndExpiresAfterItsTime() {
        ReportJob job = job();
        assertEquals(State.QUEUED, job.getState());
        assertTrue(job.start(T0.plusSeconds(1)));
        assertFalse(job.start(T0.plusSeconds(2)), "a running job does not start twice");
        job.progress(40);
        job.progress(30);
        assertEquals(40, job.getPagesRendered(), "progress never goes back");
        job.finish(T0.plusSeconds(60), 1234, 1, 400, Duration.ofHours(24));
        assertEquals(State.DONE, job.getState());
        assertEquals(400, job.getPagesRendered());
        assertEquals(T0.plusSeconds(60).plus(Duration.ofHours(24)), job.getExpiresAt());
        assertFalse(job.expireIfDue(T0.plus(Duration.ofHours(24))), "one minute before its time it stays");
        assertEquals(State.DONE, job.getState());
        assertFalse(job.cancel(T0.plus(Duration.ofHours(2))), "a finished job cannot be cancelled");
        assertTrue(job.expireIfDue(T0.plusSeconds(60).plus(Duration.ofHours(24))));
        assertEquals(State.EXPIRED, job.getState());
        assertEquals(0, job.getChunks());
    }

    @Test
    void cancelledWhileQueuedNeverStarts() {
        ReportJob job = job();
        assertTrue(job.cancel(T0.plusSeconds(5)));
        assertEquals(State.CANCELLED, job.getState());
        assertTrue(job.isCancelRequested());
        assertFalse(job.start(T0.plusSeconds(6)));
        job.fail(T0.plusSeconds(7), "late failure");
        assertEquals(State.CANCELLED, job.getState(), "an ended job keeps its end");
        assertThrows(IllegalStateException.class, () -> job.finish(T0.plusSeconds(8), 1, 1, 1, Duration.ofHours(1)));
    }

    @Test
    void failureKeepsAReasonAndIsFinal() {
        ReportJob job = job();
        job.start(T0);
        job.fail(T0.plusSeconds(3), "Máy chủ khởi động lại");
        assertEquals(State.FAILED, job.getState());
        assertEquals("Máy chủ khởi động lại", job.getError());
        assertEquals(T0.plusSeconds(3), job.getFinishedAt());
        assertFalse(job.expireIfDue(T0.plus(Duration.ofDays(30))), "only DONE jobs expire to EXPIRED");
    }
}
