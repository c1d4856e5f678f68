package vn.ptdv.emulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;

/** One participant of an evaluation: figures, rank, tiers, outcome, reasons and the checks (a JSON array). */
@Entity
@Table(name = "emu_evaluation_row")
public class EvaluationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emu_evaluation_row")
    @TableGenerator(name = "emu_evaluation_row", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "emu_evaluation_row", allocationSize = 200)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false)
    private Evaluation evaluation;
    @Column(name = "rank_no", nullable = false)
    private int rank;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "organization_name", nullable = false, length = 300)
    private String organizationName;
    @Column(name = "parent_name", length = 300)
    private String parentName;
    @Column(name = "target_admissions")
    private Integer target;
    @Column(nullable = false)
    private long admitted;
    @Column(precision = 9, scale = 1)
    private BigDecimal ratio;
    @Column(name = "tier_reached", length = 300)
    private String tierReached;
    @Column(name = "tier_proposed", length = 300)
    private String tierProposed;
    @Column(nullable = false, length = 20)
    private String outcome;
    @Column(nullable = false, length = 2000)
    private String summary;
    @Column(nullable = false, length = 16000)
    private String checks;

    protected EvaluationRow() {
    }

    public EvaluationRow(int rank, String organizationCode, String organizationName, String parentName, Integer target,
                         long admitted, BigDecimal ratio, String tierReached, String tierProposed, String outcome,
                         String summary, String checks) {
        this.rank = rank;
        this.organizationCode = organizationCode;
        this.organizationName = organizationName;
        this.parentName = parentName;
        this.target = target;
        this.admitted = admitted;
        this.ratio = ratio;
        this.tierReached = tierReached;
        this.tierProposed = tierProposed;
        this.outcome = outcome;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        this.checks = checks;
    }

    void attachTo(Evaluation owner) {
        this.evaluation = owner;
    }

    public Long getId() {
        return id;
    }

    public int getRank() {
        return rank;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getParentName() {
        return parentName;
    }

    public Integer getTarget() {
        return target;
    }

    public long getAdmitted() {
        return admitted;
    }

    public BigDecimal getRatio() {
        return ratio;
    }

    public String getTierReached() {
        return tierReached;
    }

    public String getTierProposed() {
        return tierProposed;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getSummary() {
        return summary;
    }

    public String getChecks() {
        return checks;
    }
}
