package vn.ptdv.admission.entity;

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
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.VietnameseText;

/**
 * Đảng viên được kết nạp: one admission record. The admitting organisation is referenced by id, code and path (no
 * relationship into the organization module). The record is never deleted: corrections and withdrawal keep history.
 */
@Entity
@Table(name = "adm_admission")
public class Admission {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "admission")
    @TableGenerator(name = "admission", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "admission", allocationSize = 100)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;
    @Column(name = "name_folded", nullable = false, length = 200)
    private String nameFolded;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Column(name = "ethnicity_code", nullable = false, length = 4)
    private String ethnicityCode;
    @Column(nullable = false)
    private boolean minority;
    @Column(length = 100)
    private String religion;
    @Enumerated(EnumType.STRING)
    @Column(name = "general_education", nullable = false, length = 20)
    private GeneralEducation generalEducation;
    @Enumerated(EnumType.STRING)
    @Column(name = "professional_qualification", nullable = false, length = 20)
    private ProfessionalQualification professionalQualification;
    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory", nullable = false, length = 20)
    private PoliticalTheory politicalTheory;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Occupation occupation;
    @Column(name = "youth_union_member", nullable = false)
    private boolean youthUnionMember;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;
    @Column(name = "organization_code", nullable = false, length = 64)
    private String organizationCode;
    @Column(name = "org_path", nullable = false, length = 600)
    private String orgPath;
    /** The first level of {@code orgPath} (the province): leads the statistics index (V1_9_6). */
    @Column(name = "org_root", nullable = false, length = 9)
    private String orgRoot;

    @Column(name = "decision_number", nullable = false, length = 60)
    private String decisionNumber;
    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;
    @Column(name = "ceremony_date")
    private LocalDate ceremonyDate;
    @Column(name = "probation_end")
    private LocalDate probationEnd;
    @Column(name = "older_applicant_exception", nullable = false)
    private boolean olderApplicantException;
    @Column(name = "education_area_exception", nullable = false)
    private boolean educationAreaException;

    @Column(name = "awareness_cert_number", length = 60)
    private String awarenessCertNumber;
    @Column(name = "awareness_cert_issued_on")
    private LocalDate awarenessCertIssuedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "awareness_cert_status", length = 20)
    private CertificateStatus awarenessCertStatus;
    @Column(name = "cert_override_reason", length = 1000)
    private String certOverrideReason;
    @Column(name = "new_member_cert_number", length = 60)
    private String newMemberCertNumber;
    @Column(name = "new_member_cert_issued_on")
    private LocalDate newMemberCertIssuedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdmissionStatus status;
    @Version
    private int version;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Admission() {
    }

    public Admission(AdmissionValues values, long organizationId, String organizationCode, String orgPath, int probationMonths) {
        this.status = AdmissionStatus.ACTIVE;
        this.createdAt = Instant.now();
        apply(values, organizationId, organizationCode, orgPath, probationMonths);
    }

    /** Sets every value (creation and correction). */
    public final void apply(AdmissionValues v, long orgId, String orgCode, String path, int probationMonths) {
        this.fullName = VietnameseText.clean(v.fullName());
        this.nameFolded = VietnameseText.fold(fullName);
        this.gender = v.gender();
        this.birthDate = v.birthDate();
        this.ethnicityCode = v.ethnicityCode();
        this.minority = Ethnicities.isMinority(v.ethnicityCode());
        this.religion = v.religion();
        this.generalEducation = v.generalEducation();
        this.professionalQualification = v.professionalQualification();
        this.politicalTheory = v.politicalTheory();
        this.occupation = v.occupation();
        this.youthUnionMember = v.youthUnionMember();
        this.organizationId = orgId;
        this.organizationCode = orgCode;
        this.orgPath = path;
        this.orgRoot = OrganizationRef.rootOf(path);
        this.decisionNumber = VietnameseText.clean(v.decisionNumber());
        this.decisionDate = v.decisionDate();
        this.ceremonyDate = v.ceremonyDate();
        this.probationEnd = ceremonyDate == null ? null : ceremonyDate.plusMonths(probationMonths);
        this.olderApplicantException = v.olderApplicantException();
        this.educationAreaException = v.educationAreaException();
        this.updatedAt = Instant.now();
    }

    /** The awareness-course certificate was checked and is valid at the decision date. */
    public void awarenessCertificateVerified(String number, LocalDate issuedOn) {
        this.awarenessCertNumber = number;
        this.awarenessCertIssuedOn = issuedOn;
        this.awarenessCertStatus = CertificateStatus.VERIFIED;
        this.certOverrideReason = null;
    }

    /** Admitted without a valid awareness-course certificate: the number given (if any) and the reason are kept. */
    public void awarenessCertificateOverridden(String number, String reason) {
        this.awarenessCertNumber = number;
        this.awarenessCertIssuedOn = null;
        this.awarenessCertStatus = CertificateStatus.OVERRIDDEN;
        this.certOverrideReason = reason;
    }

    /** Giấy chứng nhận lớp bồi dưỡng đảng viên mới, recorded by the training module. */
    public void newMemberCertificate(String number, LocalDate issuedOn) {
        this.newMemberCertNumber = number;
        this.newMemberCertIssuedOn = issuedOn;
        this.updatedAt = Instant.now();
    }

    /** Rút hồ sơ: the record stays, excluded from counts. */
    public void withdraw() {
        this.status = AdmissionStatus.WITHDRAWN;
        this.updatedAt = Instant.now();
    }

    public AdmissionValues values() {
        return new AdmissionValues(fullName, gender, birthDate, ethnicityCode, religion, generalEducation,
                professionalQualification, politicalTheory, occupation, youthUnionMember, organizationCode,
                decisionNumber, decisionDate, ceremonyDate, olderApplicantException, educationAreaException);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEthnicityCode() {
        return ethnicityCode;
    }

    public boolean isMinority() {
        return minority;
    }

    public String getReligion() {
        return religion;
    }

    public GeneralEducation getGeneralEducation() {
        return generalEducation;
    }

    public ProfessionalQualification getProfessionalQualification() {
        return professionalQualification;
    }

    public PoliticalTheory getPoliticalTheory() {
        return politicalTheory;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public boolean isYouthUnionMember() {
        return youthUnionMember;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getCeremonyDate() {
        return ceremonyDate;
    }

    public LocalDate getProbationEnd() {
        return probationEnd;
    }

    public boolean isOlderApplicantException() {
        return olderApplicantException;
    }

    public boolean isEducationAreaException() {
        return educationAreaException;
    }

    public String getAwarenessCertNumber() {
        return awarenessCertNumber;
    }

    public LocalDate getAwarenessCertIssuedOn() {
        return awarenessCertIssuedOn;
    }

    public CertificateStatus getAwarenessCertStatus() {
        return awarenessCertStatus;
    }

    public String getCertOverrideReason() {
        return certOverrideReason;
    }

    public String getNewMemberCertNumber() {
        return newMemberCertNumber;
    }

    public LocalDate getNewMemberCertIssuedOn() {
        return newMemberCertIssuedOn;
    }

    public AdmissionStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Admission other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
