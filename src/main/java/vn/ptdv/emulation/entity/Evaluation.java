package vn.ptdv.emulation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the evaluation of a campaign, with the definition version it used, and the award proposal on it:
 * DRAFT → SUBMITTED → APPROVED or REJECTED.
 */
@Entity
@Table(name = "emu_evaluation")
@NamedQuery(name = Evaluation.LATEST, query = "SELECT e FROM Evaluation e WHERE e.campaignId = :campaignId"
        + " ORDER BY e.evaluatedAt DESC, e.id DESC")
public class Evaluation {

    public static final String LATEST = "Evaluation.latest";

    /** Trạng thái đề nghị khen thưởng. */
    public enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emu_evaluation")
    @TableGenerator(name = "emu_evaluation", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "emu_evaluation", allocationSize = 10)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "campaign_version", nullable = false)
    private int campaignVersion;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;
    @Column(name = "evaluated_by", nullable = false, length = 64)
    private String evaluatedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_number", length = 60)
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "decision_note", length = 1000)
    private String decisionNote;
    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank ASC")
    private List<EvaluationRow> rows = new ArrayList<>();
    @Version
    private int version;

    protected Evaluation() {
    }

    public Evaluation(long campaignId, int campaignVersion, String evaluatedBy) {
        this.campaignId = campaignId;
        this.campaignVersion = campaignVersion;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedAt = Instant.now();
        this.status = Status.DRAFT;
    }

    public void add(EvaluationRow row) {
        row.attachTo(this);
        rows.add(row);
    }

    public void submit(String by) {
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = Instant.now();
    }

    public void decide(boolean approved, String number, LocalDate date, String note, String by) {
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decisionNumber = number;
        this.decisionDate = date;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getCampaignVersion() {
        return campaignVersion;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public Status getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public List<EvaluationRow> getRows() {
        return List.copyOf(rows);
    }
}
