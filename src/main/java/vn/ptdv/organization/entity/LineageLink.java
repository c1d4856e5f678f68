package vn.ptdv.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** A predecessor → successor link between organisation records. */
@Entity
@Table(name = "org_lineage")
@NamedQueries({
    @NamedQuery(name = LineageLink.OF, query = "SELECT l FROM LineageLink l WHERE l.predecessorId = :id OR l.successorId = :id"
            + " ORDER BY l.effectiveDate, l.id")
})
public class LineageLink {

    public static final String OF = "LineageLink.of";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "organization_lineage")
    @TableGenerator(name = "organization_lineage", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "organization_lineage", allocationSize = 20)
    private Long id;

    @Column(name = "predecessor_id", nullable = false)
    private long predecessorId;

    @Column(name = "successor_id", nullable = false)
    private long successorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 20)
    private LineageType type;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(length = 500)
    private String note;

    protected LineageLink() {
    }

    public LineageLink(long predecessorId, long successorId, LineageType type, LocalDate effectiveDate, String note) {
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.type = type;
        this.effectiveDate = effectiveDate;
        this.note = note;
    }

    public long getPredecessorId() {
        return predecessorId;
    }

    public long getSuccessorId() {
        return successorId;
    }

    public LineageType getType() {
        return type;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getNote() {
        return note;
    }
}
