package vn.ptdv.admission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** Chỉ tiêu nhiệm kỳ: admissions targeted over a term of years (e.g. 2020–2025). */
@Entity
@Table(name = "adm_term_target")
public class TermTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "term_target")
    @TableGenerator(name = "term_target", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "term_target", allocationSize = 20)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "from_year", nullable = false)
    private int fromYear;
    @Column(name = "to_year", nullable = false)
    private int toYear;
    @Column(nullable = false)
    private int admissions;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected TermTarget() {
    }

    public TermTarget(long organizationId, String organizationCode, String orgPath, int fromYear, int toYear, int admissions) {
        this.organizationId = organizationId;
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.fromYear = fromYear;
        this.toYear = toYear;
        set(admissions);
    }

    public void set(int newAdmissions) {
        this.admissions = newAdmissions;
        this.updatedAt = Instant.now();
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    public int getAdmissions() {
        return admissions;
    }
}
