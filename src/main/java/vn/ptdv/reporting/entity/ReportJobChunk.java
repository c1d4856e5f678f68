package vn.ptdv.reporting.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One piece (at most {@code ReportJobs.CHUNK_BYTES}) of a finished job's file, in order of {@code chunkNo}. */
@Entity
@Table(name = "rpt_job_chunk")
@IdClass(ReportJobChunk.Key.class)
public class ReportJobChunk {

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;
    @Id
    @Column(name = "chunk_no")
    private int chunkNo;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    protected ReportJobChunk() {
    }

    public ReportJobChunk(String jobId, int chunkNo, byte[] data) {
        this.jobId = jobId;
        this.chunkNo = chunkNo;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }

    /** The composite key (job, chunk number). */
    public static class Key implements Serializable {
        private String jobId;
        private int chunkNo;

        public Key() {
        }

        public Key(String jobId, int chunkNo) {
            this.jobId = jobId;
            this.chunkNo = chunkNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.chunkNo == chunkNo && Objects.equals(k.jobId, jobId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, chunkNo);
        }
    }
}
