package vn.ptdv.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.ClassStatus;
import vn.ptdv.training.api.CourseType;

/**
 * Lớp bồi dưỡng: organised by a political centre ({@code organiserName}, e.g. "Trung tâm Chính trị huyện Bảo Thắng")
 * under a committee (referenced by code and path, never joined), following a guide, e.g. "Khóa I năm 2024".
 */
@Entity
@Table(name = "trn_class")
public class TrainingClass {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "trn_class")
    @TableGenerator(name = "trn_class", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "trn_class", allocationSize = 50)
    private Long id;

    @Column(name = "guide_id", nullable = false)
    private long guideId;
    @Enumerated(EnumType.STRING)
    @Column(name = "course_type", nullable = false, length = 20)
    private CourseType courseType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Audience audience;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "organiser_name", nullable = false, length = 300)
    private String organiserName;
    @Column(name = "course_number", nullable = false, length = 100)
    private String courseNumber;
    @Column(name = "course_year", nullable = false)
    private int courseYear;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(nullable = false, length = 300)
    private String place;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClassStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected TrainingClass() {
    }

    public TrainingClass(Guide guide, Audience audience, String organizationCode, String orgPath, String organiserName,
                         String courseNumber, LocalDate startDate, LocalDate endDate, String place) {
        this.guideId = guide.getId();
        this.courseType = guide.getCourseType();
        this.audience = audience;
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.organiserName = organiserName;
        this.courseNumber = courseNumber;
        this.startDate = startDate;
        this.endDate = endDate;
        this.courseYear = startDate.getYear();
        this.place = place;
        this.status = ClassStatus.OPEN;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !endDate.isBefore(from);
    }

    public void close() {
        this.status = ClassStatus.CLOSED;
        touch();
    }

    public void touch() {
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getGuideId() {
        return guideId;
    }

    public CourseType getCourseType() {
        return courseType;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public String getCourseNumber() {
        return courseNumber;
    }

    public int getCourseYear() {
        return courseYear;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getPlace() {
        return place;
    }

    public ClassStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TrainingClass other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
