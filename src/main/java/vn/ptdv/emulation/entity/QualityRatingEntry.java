package vn.ptdv.emulation.entity;

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
import vn.ptdv.emulation.api.QualityRating;

/** Kết quả xếp loại chất lượng of an organisation code for a year. */
@Entity
@Table(name = "emu_quality_rating")
@NamedQuery(name = QualityRatingEntry.OF, query = "SELECT r FROM QualityRatingEntry r WHERE r.organizationCode = :code AND r.year = :year")
@NamedQuery(name = QualityRatingEntry.OF_CODES, query = "SELECT r FROM QualityRatingEntry r WHERE r.organizationCode IN :codes"
        + " AND r.year >= :from AND r.year <= :to")
public class QualityRatingEntry {

    public static final String OF = "QualityRatingEntry.of";
    public static final String OF_CODES = "QualityRatingEntry.ofCodes";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "emu_quality_rating")
    @TableGenerator(name = "emu_quality_rating", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "emu_quality_rating", allocationSize = 50)
    private Long id;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "rating_year", nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private QualityRating rating;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private int version;

    protected QualityRatingEntry() {
    }

    public QualityRatingEntry(String organizationCode, String orgPath, int year) {
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.year = year;
    }

    public void rate(QualityRating rating, String by) {
        this.rating = rating;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public int getYear() {
        return year;
    }

    public QualityRating getRating() {
        return rating;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
