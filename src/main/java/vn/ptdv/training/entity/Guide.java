package vn.ptdv.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.GuideStatus;

/**
 * Hướng dẫn: a course guide ("146-HD/BTGTU") with its issuer, programme (ordered topics), assessment, certificate
 * rules and guidance sections. A later guide may supersede it: the old one keeps its text and links to its successor.
 */
@Entity
@Table(name = "trn_guide")
@NamedQuery(name = Guide.BY_NUMBER, query = "SELECT g FROM Guide g WHERE g.guideNumber = :number")
@NamedQuery(name = Guide.ALL, query = "SELECT g FROM Guide g ORDER BY g.issuedOn DESC, g.documentNo DESC")
public class Guide {

    public static final String BY_NUMBER = "Guide.byNumber";
    public static final String ALL = "Guide.all";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "trn_guide")
    @TableGenerator(name = "trn_guide", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "trn_guide", allocationSize = 10)
    private Long id;

    @Column(name = "guide_number", nullable = false, length = 60)
    private String guideNumber;
    @Column(name = "document_no", nullable = false)
    private int documentNo;
    @Column(nullable = false, length = 40)
    private String symbol;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    @Column(name = "parent_issuer", nullable = false, length = 200)
    private String parentIssuer;
    @Column(nullable = false, length = 200)
    private String issuer;
    @Column(nullable = false, length = 100)
    private String place;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(nullable = false, length = 500)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "course_type", nullable = false, length = 20)
    private CourseType courseType;
    @Column(name = "duration_days", nullable = false)
    private int durationDays;
    @Column(length = 4000)
    private String purpose;
    @Column(name = "organisation_text", length = 4000)
    private String organisationText;
    @Column(length = 4000)
    private String responsibilities;
    @Column(length = 2000)
    private String assessment;
    @Column(length = 1000)
    private String grading;
    @Column(name = "certificate_rules", length = 2000)
    private String certificateRules;
    @Column(name = "signer_title", length = 200)
    private String signerTitle;
    @Column(name = "signer_name", length = 200)
    private String signerName;
    @Column(nullable = false)
    private boolean reconstructed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuideStatus status;
    @Column(name = "superseded_by_id")
    private Long supersededById;
    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trn_guide_audience", joinColumns = @JoinColumn(name = "guide_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 30)
    private Set<Audience> audiences = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trn_guide_topic", joinColumns = @JoinColumn(name = "guide_id"))
    @OrderBy("topicOrder ASC")
    private List<GuideTopic> topics = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected Guide() {
    }

    public Guide(int documentNo, String symbol, String organizationCode, String orgPath, CourseType courseType) {
        this.documentNo = documentNo;
        this.symbol = symbol;
        this.guideNumber = documentNo + "-" + symbol;
        this.organizationCode = organizationCode;
        this.orgPath = orgPath;
        this.courseType = courseType;
        this.status = GuideStatus.IN_FORCE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Issuer block and date: parent issuer ("TỈNH ỦY LÀO CAI"), issuer ("BAN TUYÊN GIÁO"), place, date. */
    public void issue(String parentIssuer, String issuer, String place, LocalDate issuedOn, String title, int durationDays) {
        this.parentIssuer = parentIssuer;
        this.issuer = issuer;
        this.place = place;
        this.issuedOn = issuedOn;
        this.title = title;
        this.durationDays = durationDays;
        touch();
    }

    /** Guidance sections: mục đích, yêu cầu; tổ chức thực hiện; trách nhiệm. */
    public void sections(String purpose, String organisationText, String responsibilities) {
        this.purpose = purpose;
        this.organisationText = organisationText;
        this.responsibilities = responsibilities;
        touch();
    }

    /** Assessment (bài thu hoạch), grading scale and certificate rules. */
    public void assessment(String assessment, String grading, String certificateRules) {
        this.assessment = assessment;
        this.grading = grading;
        this.certificateRules = certificateRules;
        touch();
    }

    public void signer(String signerTitle, String signerName) {
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        touch();
    }

    public void markReconstructed(boolean reconstructed) {
        this.reconstructed = reconstructed;
    }

    public void programme(Set<Audience> audiences, List<GuideTopic> topics) {
        this.audiences.clear();
        this.audiences.addAll(audiences);
        this.topics.clear();
        this.topics.addAll(topics);
        touch();
    }

    /** Thay thế: this guide is superseded by {@code successor} from {@code on}. */
    public void supersededBy(Guide successor, LocalDate on) {
        this.status = GuideStatus.SUPERSEDED;
        this.supersededById = successor.getId();
        this.supersededOn = on;
        touch();
    }

    /** Tổng số tiết. */
    public int totalPeriods() {
        return topics.stream().mapToInt(GuideTopic::getPeriods).sum();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getGuideNumber() {
        return guideNumber;
    }

    public int getDocumentNo() {
        return documentNo;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getParentIssuer() {
        return parentIssuer;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public CourseType getCourseType() {
        return courseType;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getOrganisationText() {
        return organisationText;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getGrading() {
        return grading;
    }

    public String getCertificateRules() {
        return certificateRules;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public boolean isReconstructed() {
        return reconstructed;
    }

    public GuideStatus getStatus() {
        return status;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public List<GuideTopic> getTopics() {
        return topics;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Guide other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
