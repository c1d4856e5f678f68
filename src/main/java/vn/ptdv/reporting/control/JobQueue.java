package vn.ptdv.reporting.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hàng đợi báo cáo: at most {@code workers} jobs run at a time on the executor and at most {@code capacity} wait;
 * beyond that {@link #offer} refuses (the caller answers 429). Jobs start in arrival order. Thread-safe; the executor
 * only ever receives as many tasks as there are workers, so its own queue never grows.
 */
public final class JobQueue {

    private final int workers;
    private final int capacity;
    private final Executor executor;
    private final Deque<Map.Entry<String, Runnable>> waiting = new ArrayDeque<>();
    private int running;

    public JobQueue(int workers, int capacity, Executor executor) {
        if (workers < 1 || capacity < 0) {
            throw new IllegalArgumentException("workers >= 1 and capacity >= 0 required");
        }
        this.workers = workers;
        this.capacity = capacity;
        this.executor = executor;
    }

    /** Runs the job now when a worker is free, else queues it; false when the queue is full. */
    public boolean offer(String id, Runnable job) {
        synchronized (this) {
            if (running >= workers) {
                if (waiting.size() >= capacity) {
                    return false;
                }
                waiting.add(Map.entry(id, job));
                return true;
            }
            running++;
        }
        dispatch(job);
        return true;
    }

    /** Takes a waiting job out of the line (it was cancelled before it started); false when it is not waiting. */
    public synchronized boolean remove(String id) {
        for (Iterator<Map.Entry<String, Runnable>> it = waiting.iterator(); it.hasNext(); ) {
            if (it.next().getKey().equals(id)) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    public synchronized int running() {
        return running;
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private void dispatch(Runnable job) {
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    next();
                }
            });
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running--;
            }
            throw e;
        }
    }

    /** A worker is free: the longest-waiting job starts. */
    private void next() {
        Runnable job;
        synchronized (this) {
            Map.Entry<String, Runnable> e = waiting.poll();
            if (e == null) {
                running--;
                return;
            }
            job = e.getValue();
        }
        dispatch(job);
    }
}
