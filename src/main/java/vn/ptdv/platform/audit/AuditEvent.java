package vn.ptdv.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** Nhật ký: one entry of the append-only audit trail. Nothing in PTDV updates or deletes one. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The kinds of entries. */
    public enum Category { CHANGE, DOWNLOAD, SIGN_IN, DENIED, READ }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_event")
    @TableGenerator(name = "audit_event", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "audit_event", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(length = 64)
    private String username;
    @Column(nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Category category;
    @Column(nullable = false, length = 60)
    private String action;
    @Column(length = 200)
    private String target;
    @Column(name = "org_path", length = 600)
    private String orgPath;
    @Column(nullable = false, length = 20)
    private String outcome;
    @Column(name = "before_value", length = 4000)
    private String before;
    @Column(name = "after_value", length = 4000)
    private String after;
    @Column(length = 1000)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(String username, Category category, String action, String target, String orgPath, String outcome,
                      String before, String after, String detail) {
        this.occurredAt = Instant.now();
        this.username = username;
        this.category = category;
        this.action = action;
        this.target = cut(target, 200);
        this.orgPath = cut(orgPath, 600);
        this.outcome = outcome;
        this.before = cut(before, 4000);
        this.after = cut(after, 4000);
        this.detail = cut(detail, 1000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Category getCategory() {
        return category;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getDetail() {
        return detail;
    }
}
