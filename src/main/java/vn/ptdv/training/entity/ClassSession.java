package vn.ptdv.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** Buổi học of a class: its date and the guide topic taught (null: e.g. opening, test). */
@Entity
@Table(name = "trn_session")
public class ClassSession {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "trn_session")
    @TableGenerator(name = "trn_session", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "trn_session", allocationSize = 200)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;
    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;
    @Column(name = "topic_order")
    private Integer topicOrder;
    @Column(length = 300)
    private String note;

    protected ClassSession() {
    }

    public ClassSession(long classId, LocalDate sessionDate, Integer topicOrder, String note) {
        this.classId = classId;
        this.sessionDate = sessionDate;
        this.topicOrder = topicOrder;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public Integer getTopicOrder() {
        return topicOrder;
    }

    public String getNote() {
        return note;
    }
}
