package vn.ptdv.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded queue with an executor that runs tasks only when the test says so: no threads, no timing. */
class JobQueueTest {

    /** Collects tasks; {@link #runNext()} runs the oldest. */
    static final class ManualExecutor implements java.util.concurrent.Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        void runNext() {
            tasks.remove(0).run();
        }
    }

    @Test
    void twoWorkersAndOneSlotThenRefusal() {
        ManualExecutor executor = new ManualExecutor();
        JobQueue queue = new JobQueue(2, 1, executor);
        List<String> ran = new ArrayList<>();
        assertTrue(queue.offer("a", () -> ran.add("a")));
        assertTrue(queue.offer("b", () -> ran.add("b")));
        assertTrue(queue.offer("c", () -> ran.add("c")));
        assertFalse(queue.offer("d", () -> ran.add("d")), "2 running + 1 waiting: the fourth is refused");
        assertEquals(2, executor.tasks.size(), "the executor never holds more tasks than workers");
        assertEquals(2, queue.running());
        assertEquals(1, queue.waiting());

        executor.runNext(); // a ends: c takes its worker
        assertEquals(List.of("a"), ran);
        assertEquals(2, executor.tasks.size());
        assertEquals(0, queue.waiting());
        assertTrue(queue.offer("e", () -> ran.add("e")), "a slot is free again");
        executor.runNext();
        executor.runNext();
        executor.runNext();
        assertEquals(List.of("a", "b", "c", "e"), ran);
        assertEquals(0, queue.running());
    }

    @Test
    void aCancelledWaitingJobLeavesTheLineAndAFailingJobFreesItsWorker() {
        ManualExecutor executor = new ManualExecutor();
        JobQueue queue = new JobQueue(1, 2, executor);
        List<String> ran = new ArrayList<>();
        queue.offer("a", () -> {
            throw new IllegalStateException("boom");
        });
        queue.offer("b", () -> ran.add("b"));
        queue.offer("c", () -> ran.add("c"));
        assertTrue(queue.remove("b"));
        assertFalse(queue.remove("b"));
        assertFalse(queue.remove("a"), "a running job is not in the line");
        try {
            executor.runNext();
        } catch (IllegalStateException expected) {
            // the worker's failure propagates to the executor, the slot is released all the same
        }
        executor.runNext();
        assertEquals(List.of("c"), ran);
        assertEquals(0, queue.running());
        assertEquals(0, queue.waiting());
    }
}
