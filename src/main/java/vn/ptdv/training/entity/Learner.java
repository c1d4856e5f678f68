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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Grade;

/**
 * Học viên of a class: a candidate (awareness course: nominated by {@code nominatingOrg*}) or a probationary member
 * (new-member course: {@code admissionId}). Its result (score, grade) and certificate are stored on the row.
 */
@Entity
@Table(name = "trn_learner")
public class Learner {

    /** Mẫu giấy chứng nhận of the awareness course. */
    public static final String AWARENESS_FORM = "CN-NTVĐ";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "trn_learner")
    @TableGenerator(name = "trn_learner", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "trn_learner", allocationSize = 500)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;
    @Column(name = "name_folded", nullable = false, length = 200)
    private String nameFolded;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;
    @Column(name = "ethnicity_code", nullable = false, length = 4)
    private String ethnicityCode;
    @Column(length = 100)
    private String religion;
    @Column(name = "nominating_org_code", nullable = false, length = 64)
    private String nominatingOrgCode;
    @Column(name = "nominating_org_path", nullable = false, length = 600)
    private String nominatingOrgPath;
    @Column(name = "nominating_org_name", nullable = false, length = 300)
    private String nominatingOrgName;
    @Column(name = "admission_id")
    private Long admissionId;
    /** The candidate (quần chúng cảm tình Đảng) this learner was enrolled from, if any (admission module's id). */
    @Column(name = "candidate_id")
    private Long candidateId;
    @Column(precision = 3, scale = 1)
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Grade grade;
    @Column(name = "certificate_number", length = 60)
    private String certificateNumber;
    @Column(name = "certificate_issued_on")
    private LocalDate certificateIssuedOn;
    @Column(name = "certificate_form", length = 20)
    private String certificateForm;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected Learner() {
    }

    public Learner(long classId, String fullName, LocalDate birthDate, Gender gender, String ethnicityCode,
                   String religion, String nominatingOrgCode, String nominatingOrgPath, String nominatingOrgName,
                   Long admissionId) {
        this.classId = classId;
        this.fullName = VietnameseText.clean(fullName);
        this.nameFolded = VietnameseText.fold(this.fullName);
        this.birthDate = birthDate;
        this.gender = gender;
        this.ethnicityCode = ethnicityCode;
        this.religion = religion;
        this.nominatingOrgCode = nominatingOrgCode;
        this.nominatingOrgPath = nominatingOrgPath;
        this.nominatingOrgName = nominatingOrgName;
        this.admissionId = admissionId;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Records (or replaces) the result; a certificate already issued must be kept consistent by the caller. */
    public void result(BigDecimal score, Grade grade) {
        this.score = score;
        this.grade = grade;
        this.updatedAt = Instant.now();
    }

    public void certify(String number, LocalDate issuedOn, String form) {
        this.certificateNumber = number;
        this.certificateIssuedOn = issuedOn;
        this.certificateForm = form;
        this.updatedAt = Instant.now();
    }

    public boolean passed() {
        return grade != null && grade.passed();
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNameFolded() {
        return nameFolded;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getEthnicityCode() {
        return ethnicityCode;
    }

    public String getReligion() {
        return religion;
    }

    public String getNominatingOrgCode() {
        return nominatingOrgCode;
    }

    public String getNominatingOrgPath() {
        return nominatingOrgPath;
    }

    public String getNominatingOrgName() {
        return nominatingOrgName;
    }

    /** Links the learner to the candidate it was enrolled from. */
    public void fromCandidate(long candidateId) {
        this.candidateId = candidateId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getAdmissionId() {
        return admissionId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertificateIssuedOn() {
        return certificateIssuedOn;
    }

    public String getCertificateForm() {
        return certificateForm;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Learner other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
