package vn.ptdv.admission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** Lịch sử hồ sơ: created, corrected or withdrawn, with the reason and a JSON snapshot of the values after the change. */
@Entity
@Table(name = "adm_admission_event")
public class AdmissionEvent {

    /** What happened. */
    public enum Type { CREATED, CORRECTED, WITHDRAWN, CONSIDERED, RECOGNISED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "admission_event")
    @TableGenerator(name = "admission_event", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "admission_event", allocationSize = 100)
    private Long id;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "event_type", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Type type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 1000)
    private String reason;

    @Column(nullable = false, length = 4000)
    private String snapshot;

    protected AdmissionEvent() {
    }

    public AdmissionEvent(long admissionId, Type type, String reason, String snapshot) {
        this.admissionId = admissionId;
        this.type = type;
        this.reason = reason;
        this.snapshot = snapshot;
        this.occurredAt = Instant.now();
    }

    public long getAdmissionId() {
        return admissionId;
    }

    public Type getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
