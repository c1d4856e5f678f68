package vn.ptdv.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** Vắng: a learner absent from a session (learners are present unless an absence is recorded). */
@Entity
@Table(name = "trn_absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "trn_absence")
    @TableGenerator(name = "trn_absence", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "trn_absence", allocationSize = 100)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;
    @Column(name = "learner_id", nullable = false)
    private long learnerId;
    @Column(name = "session_id", nullable = false)
    private long sessionId;

    protected Absence() {
    }

    public Absence(long classId, long learnerId, long sessionId) {
        this.classId = classId;
        this.learnerId = learnerId;
        this.sessionId = sessionId;
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public long getSessionId() {
        return sessionId;
    }
}
