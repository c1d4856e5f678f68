package vn.ptdv.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.reporting.api.RenderCancelledException;
import vn.ptdv.reporting.api.RenderProgress;
import vn.ptdv.reporting.api.RenderedReport;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.entity.ReportJob;

/**
 * Báo cáo chạy nền: runs long reports as jobs on the container's {@link ManagedExecutorService} through a bounded
 * {@link JobQueue} ({@code ptdv.reports.jobs.workers} at a time, {@code ptdv.reports.jobs.queue-capacity} waiting;
 * more is refused with 429). The request was validated, its scope checked and built in the caller's request; the job
 * only renders it, as the system. State, progress (every second at most) and the file (in 1 MiB chunks) are in the
 * database, so any instance answers status and download. Job workers do not take {@link
 * vn.ptdv.reporting.boundary.RenderingSlots}: at most max-concurrent synchronous renders plus the workers run at once.
 */
@ApplicationScoped
public class ReportJobs {

    /** Size of one stored piece of a file. */
    public static final int CHUNK_BYTES = 1024 * 1024;
    /** The reason of jobs that a restart interrupted. */
    public static final String RESTARTED = "Máy chủ khởi động lại trong khi tạo báo cáo; vui lòng yêu cầu lại.";
    /** The reason of jobs whose instance stopped answering (killed, its host gone) and was given up by another. */
    public static final String LOST = "Máy chủ đang tạo báo cáo đã ngừng hoạt động; vui lòng yêu cầu lại.";
    static final String FAILED = "Không tạo được báo cáo do lỗi hệ thống; vui lòng thử lại hoặc báo quản trị viên.";

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    @Inject
    ReportJobStore store;

    @Inject
    ReportNodeStore nodes;

    @Inject
    JasperReportEngine engine;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_JOB_WORKERS, defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_JOB_QUEUE, defaultValue = "10")
    int capacity;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_JOB_EXPIRY_HOURS, defaultValue = "24")
    int expiryHours;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_JOB_NODE)
    Optional<String> configuredNode;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_JOB_NODE_TIMEOUT, defaultValue = "60")
    int nodeTimeoutSeconds;

    Clock clock = Clock.systemUTC();

    private JobQueue queue;
    private String node;
    private final Map<String, AtomicBoolean> cancels = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        queue = new JobQueue(Math.max(1, workers), Math.max(0, capacity), executor);
        node = configuredNode.filter(n -> !n.isBlank()).orElseGet(ReportJobs::hostName);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** This instance's name in {@code rpt_job.node}: its jobs are failed when it restarts. */
    public String node() {
        return node;
    }

    /** How long a finished file can be downloaded. */
    public Duration keep() {
        return Duration.ofHours(Math.max(1, expiryHours));
    }

    /**
     * Queues a built request as a job of {@code owner}.
     *
     * @throws ProblemException TOO_MANY_REQUESTS (429, Retry-After) when the queue is full
     */
    public ReportJob submit(String owner, String reportId, String parameters, ReportRequest request, long estimatedRows,
                            String displayName) {
        ReportJob job = new ReportJob(owner, reportId, parameters, request.format().extension(), estimatedRows, node,
                request.fileNameWithExtension(), displayName, clock.instant());
        store.create(job);
        boolean accepted;
        try {
            accepted = queue.offer(job.getId(), () -> run(job.getId(), request));
        } catch (RuntimeException e) {
            store.delete(job.getId());
            throw e;
        }
        if (!accepted) {
            store.delete(job.getId());
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Hàng đợi báo cáo đang đầy (" + capacity
                    + " yêu cầu chờ); vui lòng thử lại sau ít phút.");
        }
        return job;
    }

    /** Cancels a live job (the fill stops at its next row or page); the job as it is now. */
    public Optional<ReportJob> cancel(String id) {
        Optional<ReportJob> job = store.cancel(id, clock.instant());
        if (job.isPresent() && job.get().getState() == ReportJob.State.CANCELLED) {
            queue.remove(id);
            AtomicBoolean flag = cancels.get(id);
            if (flag != null) {
                flag.set(true);
            }
        }
        return job;
    }

    /** Expires due jobs (see {@link ReportJobStore#expire}); called by the housekeeping timer and on reads. */
    public int expire() {
        return store.expire(clock.instant(), keep());
    }

    /** At start-up: jobs this instance had queued or running cannot finish any more. */
    public int failInterrupted() {
        return store.failInterrupted(node, clock.instant(), RESTARTED);
    }

    /** This instance is alive: its heartbeat in {@code rpt_node}. */
    public void heartbeat() {
        nodes.beat(node, clock.instant());
    }

    /**
     * Fails the unfinished jobs of the other instances silent for longer than the node timeout; each instance alive
     * does it, so a job failed twice at once loses the race on its version and stays failed. The number failed here.
     */
    public int failLost() {
        Instant now = clock.instant();
        int failed = 0;
        for (String lost : nodes.lost(node, now.minusSeconds(Math.max(10, nodeTimeoutSeconds)))) {
            try {
                int n = store.failInterrupted(lost, now, LOST);
                if (n > 0) {
                    LOG.warning(() -> n + " report job(s) of " + lost + " (no heartbeat since " + nodes.lastBeat(lost)
                            + ") marked FAILED by " + node);
                }
                failed += n;
            } catch (RuntimeException e) { // another instance failed them at the same moment
                LOG.log(Level.FINE, "jobs of " + lost + " failed elsewhere", e);
            }
        }
        return failed;
    }

    /** The worker: renders the request into chunks in the database. */
    void run(String id, ReportRequest request) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancels.put(id, cancel);
        try {
            if (!store.start(id, clock.instant())) {
                return; // cancelled while it waited
            }
            ChunkWriter out = new ChunkWriter(id);
            RenderedReport rendered = engine.render(request, out, new Progress(id, cancel));
            out.close();
            if (!store.finish(id, clock.instant(), out.size, out.chunkNo, rendered.pages(), keep())) {
                LOG.info(() -> "Report job " + id + " was cancelled as it finished");
            }
        } catch (RenderCancelledException e) {
            store.discardChunks(id);
            store.cancel(id, clock.instant()); // cancelled through another instance: the row says so already
            LOG.info(() -> "Report job " + id + " cancelled");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report job " + id + " failed", e);
            store.fail(id, clock.instant(), FAILED);
        } finally {
            cancels.remove(id);
        }
    }

    /** Pages to the table at most once a second; learns there of a cancel made on another instance. */
    private final class Progress implements RenderProgress {
        private final String id;
        private final AtomicBoolean cancel;
        private Instant last = Instant.EPOCH;

        Progress(String id, AtomicBoolean cancel) {
            this.id = id;
            this.cancel = cancel;
        }

        @Override
        public void pages(int rendered) {
            Instant now = clock.instant();
            if (Duration.between(last, now).compareTo(Duration.ofSeconds(1)) >= 0) {
                last = now;
                if (store.progress(id, rendered)) {
                    cancel.set(true);
                }
            }
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }

    /** Writes the export to the database in chunks of {@link #CHUNK_BYTES}, one transaction each. */
    private final class ChunkWriter extends OutputStream {
        private final String id;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int filled;
        private int chunkNo;
        private long size;

        ChunkWriter(String id) {
            this.id = id;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                size += n;
                if (filled == buffer.length) {
                    flushChunk();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                flushChunk();
            }
        }

        private void flushChunk() {
            byte[] data = java.util.Arrays.copyOf(buffer, filled);
            store.appendChunk(id, chunkNo++, data);
            filled = 0;
        }
    }
}
