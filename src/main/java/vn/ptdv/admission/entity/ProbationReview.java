package vn.ptdv.admission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Xét công nhận đảng viên chính thức: the cell's consideration of a probationary member (resolution date, votes for out
 * of the official members, the explanation when late) and, once decided, the committee's decision and its outcome.
 */
@Entity
@Table(name = "adm_probation")
public class ProbationReview {

    @Id
    @Column(name = "admission_id")
    private long admissionId;
    @Column(name = "consideration_date", nullable = false)
    private LocalDate considerationDate;
    @Column(name = "votes_for", nullable = false)
    private int votesFor;
    @Column(name = "official_members", nullable = false)
    private int officialMembers;
    @Column(length = 1000)
    private String explanation;
    /** 1 when the consideration carries a written explanation (it was late): an index column of the decisions' counts. */
    @Column(nullable = false)
    private short explained;
    @Column(name = "decision_number", length = 60)
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProbationOutcome outcome;
    @Column(name = "removal_reason", length = 1000)
    private String removalReason;
    @Column(name = "official_from")
    private LocalDate officialFrom;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected ProbationReview() {
    }

    public ProbationReview(long admissionId) {
        this.admissionId = admissionId;
        this.createdAt = Instant.now();
    }

    /** The cell's consideration (nghị quyết chi bộ). */
    public void considered(LocalDate date, int votesFor, int officialMembers, String explanation) {
        this.considerationDate = date;
        this.votesFor = votesFor;
        this.officialMembers = officialMembers;
        this.explanation = explanation;
        this.explained = explanation == null ? (short) 0 : (short) 1;
        this.updatedAt = Instant.now();
    }

    /** The committee's decision: recognised from {@code officialFrom} (the end of the probation), or removed. */
    public void decided(String number, LocalDate date, ProbationOutcome outcome, String removalReason, LocalDate officialFrom) {
        this.decisionNumber = number;
        this.decisionDate = date;
        this.outcome = outcome;
        this.removalReason = removalReason;
        this.officialFrom = officialFrom;
        this.updatedAt = Instant.now();
    }

    public long getAdmissionId() {
        return admissionId;
    }

    public LocalDate getConsiderationDate() {
        return considerationDate;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getOfficialMembers() {
        return officialMembers;
    }

    /** The index column kept with the explanation (1 when there is one): the bulk loader writes it as it is. */
    public short getExplained() {
        return explained;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public ProbationOutcome getOutcome() {
        return outcome;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public LocalDate getOfficialFrom() {
        return officialFrom;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
