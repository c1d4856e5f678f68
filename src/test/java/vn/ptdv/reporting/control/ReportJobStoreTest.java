package vn.ptdv.reporting.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.entity.ReportJob;
import vn.ptdv.reporting.entity.ReportJob.State;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/** The report job table: the owner's list, the state changes with their row locks, the file's chunks, expiry, restart. */
@JpaTest
class ReportJobStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private ReportJobStore store;
    private Jpa jpa;

    @BeforeEach
    void store(Jpa jpa) {
        this.jpa = jpa;
        store = jpa.bean(ReportJobStore.class);
    }

    /** A queued job, committed as ReportJobs does before the job reaches the queue. */
    private String job(String owner, String node, Instant created) {
        ReportJob job = new ReportJob(owner, "admission-list", "org=LC&year=2024", "pdf", 11_460, node,
                "danh-sach.pdf", "Danh sách.pdf", created);
        jpa.transaction(() -> store.create(job));
        return job.getId();
    }

    /** Each call of the store is a transaction of its own in the server (the store is @Transactional). */
    private <T> T tx(java.util.function.Supplier<T> call) {
        return jpa.transaction(call);
    }

    private void tx(Runnable call) {
        jpa.transaction(call);
    }

    private ReportJob read(String id) {
        return store.find(id).orElseThrow();
    }

    @Test
    void theOwnersJobsNewestFirstAndNobodyElses() {
        String old = job("tinhuy.admin", "node-1", T0);
        String recent = job("tinhuy.admin", "node-1", T0.plusSeconds(60));
        job("lc.viewer", "node-1", T0.plusSeconds(30));
        assertEquals(List.of(recent, old), store.ofOwner("tinhuy.admin", 10).stream().map(ReportJob::getId).toList());
        assertEquals(List.of(recent), store.ofOwner("tinhuy.admin", 1).stream().map(ReportJob::getId).toList());
        assertTrue(store.ofOwner("baothang.staff", 10).isEmpty());
    }

    @Test
    void aJobRunsReportsProgressStoresItsFileInChunksAndFinishes() {
        String id = job("tinhuy.admin", "node-1", T0);
        assertTrue(tx(() -> store.start(id, T0.plusSeconds(1))));
        assertFalse(tx(() -> store.start(id, T0.plusSeconds(2))), "a running job does not start twice");
        assertFalse(tx(() -> store.progress(id, 40)), "not cancelled: go on");
        tx(() -> store.progress(id, 30));
        assertEquals(40, read(id).getPagesRendered(), "progress never goes back");
        tx(() -> store.appendChunk(id, 0, new byte[] {1, 2}));
        tx(() -> store.appendChunk(id, 1, new byte[] {3}));
        assertTrue(tx(() -> store.finish(id, T0.plusSeconds(60), 3, 2, 400, DAY)));
        ReportJob done = read(id);
        assertEquals(State.DONE, done.getState());
        assertEquals(400, done.getPagesRendered());
        assertEquals(T0.plusSeconds(60).plus(DAY), done.getExpiresAt());
        assertArrayEquals(new byte[] {1, 2}, store.chunk(id, 0));
        assertArrayEquals(new byte[] {3}, store.chunk(id, 1));
    }

    @Test
    void aCancelledJobStopsItsWorkerAndAFinishAfterTheCancelKeepsNoFile() {
        String id = job("tinhuy.admin", "node-1", T0);
        tx(() -> store.start(id, T0.plusSeconds(1)));
        tx(() -> store.appendChunk(id, 0, new byte[] {1}));
        assertEquals(State.CANCELLED, tx(() -> store.cancel(id, T0.plusSeconds(2))).orElseThrow().getState());
        assertTrue(tx(() -> store.progress(id, 10)), "the worker is told to stop");
        assertFalse(tx(() -> store.finish(id, T0.plusSeconds(3), 1, 1, 10, DAY)));
        assertEquals(0L, jpa.em().createQuery("SELECT COUNT(c) FROM ReportJobChunk c WHERE c.jobId = :id", Long.class)
                .setParameter("id", id).getSingleResult());
        assertEquals(State.CANCELLED, read(id).getState(), "a cancelled job keeps its row");
        assertTrue(tx(() -> store.cancel("no-such-job", T0)).isEmpty());
    }

    @Test
    void expiryEndsDoneJobsAtTheirTimeAndForgetsOldFailures() {
        String done = job("tinhuy.admin", "node-1", T0);
        tx(() -> store.start(done, T0));
        tx(() -> store.appendChunk(done, 0, new byte[] {1}));
        tx(() -> store.finish(done, T0.plusSeconds(10), 1, 1, 1, DAY));
        String failed = job("tinhuy.admin", "node-1", T0);
        tx(() -> store.fail(failed, T0.plusSeconds(5), "Lỗi khi tạo báo cáo"));
        String running = job("tinhuy.admin", "node-1", T0);
        tx(() -> store.start(running, T0));

        assertEquals(0, (int) tx(() -> store.expire(T0.plusSeconds(4).plus(DAY), DAY)), "before their time nothing is due");
        assertEquals(2, (int) tx(() -> store.expire(T0.plusSeconds(10).plus(DAY), DAY)));
        assertEquals(State.EXPIRED, read(done).getState());
        assertEquals(0, read(done).getChunks());
        assertTrue(store.find(failed).isEmpty(), "a failed job older than the keeping time is deleted");
        assertEquals(State.RUNNING, read(running).getState());
    }

    @Test
    void atStartUpOnlyThisNodesUnfinishedJobsFail() {
        String queued = job("a", "node-1", T0);
        String running = job("a", "node-1", T0);
        tx(() -> store.start(running, T0));
        String elsewhere = job("a", "node-2", T0);
        String finished = job("a", "node-1", T0);
        tx(() -> store.start(finished, T0));
        tx(() -> store.finish(finished, T0.plusSeconds(1), 0, 0, 1, DAY));
        assertEquals(2, (int) tx(() -> store.failInterrupted("node-1", T0.plusSeconds(5), "Máy chủ đã khởi động lại")));
        assertEquals(State.FAILED, read(queued).getState());
        assertEquals(State.FAILED, read(running).getState());
        assertEquals(State.QUEUED, read(elsewhere).getState());
        assertEquals(State.DONE, read(finished).getState());
    }

    @Test
    void theJobsOfAnInstanceThatStoppedBeatingAreGivenUpByTheOthers() {
        ReportNodeStore nodes = jpa.bean(ReportNodeStore.class);
        tx(() -> nodes.beat("node-1", T0));
        tx(() -> nodes.beat("node-2", T0));
        String running = job("a", "node-1", T0);
        tx(() -> store.start(running, T0));
        String queued = job("a", "node-1", T0);
        String alive = job("a", "node-2", T0);
        String ghost = job("a", "node-9", T0);   // an instance that died before its first heartbeat
        String young = job("a", "node-8", T0.plusSeconds(100));
        tx(() -> nodes.beat("node-2", T0.plusSeconds(90)));
        assertEquals(T0.plusSeconds(90), nodes.lastBeat("node-2"));

        Instant silentSince = T0.plusSeconds(60);
        assertEquals(List.of("node-1", "node-9"), nodes.lost("node-2", silentSince));
        assertEquals(List.of("node-9"), nodes.lost("node-1", silentSince), "never itself");
        assertEquals(List.of(), nodes.lost("node-2", T0), "a heartbeat at the limit is not late");
        for (String lost : nodes.lost("node-2", silentSince)) {
            tx(() -> store.failInterrupted(lost, T0.plusSeconds(120), ReportJobs.LOST));
        }
        assertEquals(State.FAILED, read(running).getState());
        assertEquals(ReportJobs.LOST, read(running).getError());
        assertEquals(State.FAILED, read(queued).getState());
        assertEquals(State.FAILED, read(ghost).getState());
        assertEquals(State.QUEUED, read(alive).getState());
        assertEquals(State.QUEUED, read(young).getState(), "created after the limit: its instance may be starting");
        assertEquals(List.of(), nodes.lost("node-2", silentSince), "nothing left to give up");
    }

    @Test
    void aRefusedJobIsForgottenWithItsChunks() {
        String id = job("a", "node-1", T0);
        tx(() -> store.appendChunk(id, 0, new byte[] {1}));
        tx(() -> store.delete(id));
        assertTrue(store.find(id).isEmpty());
    }
}
