package vn.ptdv.admission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** One registration or change of a yearly target, so that "vượt chỉ tiêu" can be audited. */
@Entity
@Table(name = "adm_target_event")
public class TargetEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "admission_target_event")
    @TableGenerator(name = "admission_target_event", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "admission_target_event", allocationSize = 50)
    private Long id;

    @Column(name = "target_id", nullable = false)
    private long targetId;
    @Column(name = "event_type", nullable = false, length = 20)
    private String type;
    @Column(nullable = false)
    private int admissions;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(length = 500)
    private String note;

    protected TargetEvent() {
    }

    public TargetEvent(long targetId, AdmissionTarget.Status type, int admissions, String note) {
        this.targetId = targetId;
        this.type = type.name();
        this.admissions = admissions;
        this.note = note;
        this.occurredAt = Instant.now();
    }

    public String getType() {
        return type;
    }

    public int getAdmissions() {
        return admissions;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getNote() {
        return note;
    }
}
