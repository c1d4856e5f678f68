package vn.ptdv.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Một yêu cầu xuất báo cáo chạy nền: one asynchronous report job and its state machine
 * QUEUED → RUNNING → DONE → EXPIRED, with FAILED and CANCELLED as the other ends. Every transition takes the time
 * from the caller (a clock), so the machine is tested without waiting.
 */
@Entity
@Table(name = "rpt_job")
@NamedQuery(name = ReportJob.OF_OWNER, query = "SELECT j FROM ReportJob j WHERE j.owner = :owner"
        + " ORDER BY j.createdAt DESC, j.id")
@NamedQuery(name = ReportJob.DUE, query = "SELECT j FROM ReportJob j WHERE (j.state = :done"
        + " AND j.expiresAt <= :now) OR (j.state IN :ended AND j.finishedAt <= :before)")
@NamedQuery(name = ReportJob.INTERRUPTED, query = "SELECT j FROM ReportJob j WHERE j.node = :node AND j.state IN :live")
public class ReportJob {

    public static final String OF_OWNER = "ReportJob.ofOwner";
    public static final String DUE = "ReportJob.due";
    public static final String INTERRUPTED = "ReportJob.interrupted";

    /** Trạng thái. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED, EXPIRED;

        /** QUEUED or RUNNING: the job still has work to do. */
        public boolean live() {
            return this == QUEUED || this == RUNNING;
        }
    }

    public static final Set<State> LIVE = Set.of(State.QUEUED, State.RUNNING);
    public static final Set<State> ENDED_WITHOUT_FILE = Set.of(State.FAILED, State.CANCELLED);

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, length = 64)
    private String owner;
    @Column(name = "report_id", nullable = false, length = 64)
    private String reportId;
    @Column(length = 2000)
    private String parameters;
    @Column(nullable = false, length = 10)
    private String format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;
    @Column(name = "pages_rendered", nullable = false)
    private int pagesRendered;
    @Column(name = "estimated_rows", nullable = false)
    private long estimatedRows;
    @Column(nullable = false, length = 200)
    private String node;
    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(name = "display_name", nullable = false, length = 400)
    private String displayName;
    @Column(name = "file_size")
    private Long size;
    @Column(nullable = false)
    private int chunks;
    @Column(length = 1000)
    private String error;
    @Version
    private int version;

    protected ReportJob() {
    }

    public ReportJob(String owner, String reportId, String parameters, String format, long estimatedRows, String node,
                     String fileName, String displayName, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.owner = owner;
        this.reportId = reportId;
        this.parameters = parameters == null || parameters.length() <= 2000 ? parameters : parameters.substring(0, 2000);
        this.format = format;
        this.estimatedRows = estimatedRows;
        this.node = node.length() <= 200 ? node : node.substring(0, 200);
        this.fileName = fileName;
        this.displayName = displayName.length() <= 400 ? displayName : displayName.substring(0, 400);
        this.state = State.QUEUED;
        this.createdAt = now;
    }

    /** QUEUED → RUNNING; false (and nothing changes) when the job was cancelled or ended meanwhile. */
    public boolean start(Instant now) {
        if (state != State.QUEUED) {
            return false;
        }
        state = State.RUNNING;
        startedAt = now;
        return true;
    }

    public void progress(int pages) {
        if (state == State.RUNNING && pages > pagesRendered) {
            pagesRendered = pages;
        }
    }

    /** RUNNING → DONE: the file is stored in {@code chunks} chunks; downloadable until now + {@code keep}. */
    public void finish(Instant now, long fileSize, int fileChunks, int pages, Duration keep) {
        requireState(State.RUNNING);
        state = State.DONE;
        finishedAt = now;
        size = fileSize;
        chunks = fileChunks;
        pagesRendered = Math.max(pagesRendered, pages);
        expiresAt = now.plus(keep);
    }

    /** QUEUED or RUNNING → FAILED with a Vietnamese reason (never personal data, never a stack trace). */
    public void fail(Instant now, String reason) {
        if (!state.live()) {
            return;
        }
        state = State.FAILED;
        finishedAt = now;
        error = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    /** QUEUED or RUNNING → CANCELLED; false when the job has already ended. */
    public boolean cancel(Instant now) {
        if (!state.live()) {
            return false;
        }
        cancelRequested = true;
        state = State.CANCELLED;
        finishedAt = now;
        return true;
    }

    /** DONE past its expiry → EXPIRED (the caller deletes the chunks); true when it changed. */
    public boolean expireIfDue(Instant now) {
        if (state == State.DONE && expiresAt != null && !expiresAt.isAfter(now)) {
            state = State.EXPIRED;
            chunks = 0;
            return true;
        }
        return false;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalStateException("job " + id + " is " + state + ", not " + expected);
        }
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getReportId() {
        return reportId;
    }

    public String getParameters() {
        return parameters;
    }

    public String getFormat() {
        return format;
    }

    public State getState() {
        return state;
    }

    public int getPagesRendered() {
        return pagesRendered;
    }

    public long getEstimatedRows() {
        return estimatedRows;
    }

    public String getNode() {
        return node;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getSize() {
        return size;
    }

    public int getChunks() {
        return chunks;
    }

    public String getError() {
        return error;
    }
}
