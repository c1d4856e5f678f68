package vn.ptdv.admission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** Chỉ tiêu kết nạp đăng ký: the number of new members an organisation registered for a year. */
@Entity
@Table(name = "adm_target")
@NamedQuery(name = AdmissionTarget.OF, query = "SELECT t FROM AdmissionTarget t WHERE t.organizationId = :orgId AND t.year = :year")
public class AdmissionTarget {

    public static final String OF = "AdmissionTarget.of";

    /** Registered, then adjusted, then approved (domain.md §5.4). */
    public enum Status { REGISTERED, ADJUSTED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "admission_target")
    @TableGenerator(name = "admission_target", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "admission_target", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "target_year", nullable = false)
    private int year;
    @Column(nullable = false)
    private int admissions;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected AdmissionTarget() {
    }

    public AdmissionTarget(long organizationId, String organizationCode, String orgPath, int year, int admissions) {
        this.organizationId = organizationId;
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.year = year;
        this.admissions = admissions;
        this.status = Status.REGISTERED;
        this.registeredAt = Instant.now();
        this.updatedAt = registeredAt;
    }

    public void adjust(int newAdmissions) {
        this.admissions = newAdmissions;
        this.status = Status.ADJUSTED;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public int getYear() {
        return year;
    }

    public int getAdmissions() {
        return admissions;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
