package vn.ptdv.emulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Báo cáo thành tích of one proposed unit (an evaluation row): the sections the unit writes beside the figures PTDV
 * drafts, and the checking step of the level above. DRAFT and RETURNED are editable; SUBMITTED waits for the check.
 */
@Entity
@Table(name = "emu_achievement_report")
public class AchievementReport {

    public enum Status { DRAFT, SUBMITTED, ACCEPTED, RETURNED }

    @Id
    @Column(name = "row_id")
    private Long rowId;
    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(length = 4000)
    private String characteristics;
    @Column(length = 8000)
    private String achievements;
    @Column(length = 4000)
    private String measures;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_note", length = 1000)
    private String reviewNote;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected AchievementReport() {
    }

    public AchievementReport(long rowId, long evaluationId, String by) {
        this.rowId = rowId;
        this.evaluationId = evaluationId;
        this.status = Status.DRAFT;
        touch(by);
    }

    public void write(String characteristics, String achievements, String measures, String by) {
        this.characteristics = characteristics;
        this.achievements = achievements;
        this.measures = measures;
        touch(by);
    }

    public void submit(String by) {
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
        touch(by);
    }

    public void review(boolean accepted, String note, String by) {
        this.status = accepted ? Status.ACCEPTED : Status.RETURNED;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = Instant.now();
        touch(by);
    }

    private void touch(String by) {
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getRowId() {
        return rowId;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public Status getStatus() {
        return status;
    }

    public String getCharacteristics() {
        return characteristics;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getMeasures() {
        return measures;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
