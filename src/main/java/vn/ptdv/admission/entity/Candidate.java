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
import java.util.EnumMap;
import java.util.Map;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.VietnameseText;

/**
 * Quần chúng ưu tú: a person a cell proposes for admission, with what the admission will need, the party members who
 * help, and the dossier's steps with their dates. Never deleted: a candidate who stops keeps the reason.
 */
@Entity
@Table(name = "adm_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "candidate")
    @TableGenerator(name = "candidate", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "candidate", allocationSize = 50)
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
    @Column(length = 100)
    private String religion;
    @Enumerated(EnumType.STRING)
    @Column(name = "general_education", nullable = false, length = 20)
    private GeneralEducation generalEducation;
    @Enumerated(EnumType.STRING)
    @Column(name = "professional_qualification", nullable = false, length = 20)
    private ProfessionalQualification professionalQualification;
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
    @Column(name = "org_root", nullable = false, length = 9)
    private String orgRoot;
    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;
    @Column(length = 400)
    private String helpers;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidateState state;
    @Column(name = "awareness_cert_number", length = 60)
    private String awarenessCertNumber;
    /** Why the cell goes on without a certificate (as an admission may, with a warning). */
    @Column(name = "awareness_override", length = 1000)
    private String awarenessOverride;
    @Column(name = "awareness_class", length = 200)
    private String awarenessClass;
    @Column(name = "application_on")
    private LocalDate applicationOn;
    @Column(name = "background_on")
    private LocalDate backgroundOn;
    @Column(name = "verified_on")
    private LocalDate verifiedOn;
    @Column(name = "introduced_on")
    private LocalDate introducedOn;
    @Column(name = "mass_opinion_on")
    private LocalDate massOpinionOn;
    @Column(name = "cell_resolution_on")
    private LocalDate cellResolutionOn;
    @Column(name = "cell_votes_for")
    private Integer cellVotesFor;
    @Column(name = "cell_official_members")
    private Integer cellOfficialMembers;
    @Column(name = "committee_resolution_on")
    private LocalDate committeeResolutionOn;
    @Column(name = "admission_id")
    private Long admissionId;
    @Column(name = "stopped_on")
    private LocalDate stoppedOn;
    @Column(name = "stop_reason", length = 1000)
    private String stopReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected Candidate() {
    }

    public Candidate(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode, String religion,
                     GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                     Occupation occupation, boolean youthUnionMember, OrganizationRef cell, LocalDate addedOn,
                     String helpers) {
        this.fullName = VietnameseText.clean(fullName);
        this.nameFolded = VietnameseText.fold(this.fullName);
        this.gender = gender;
        this.birthDate = birthDate;
        this.ethnicityCode = ethnicityCode;
        this.religion = religion;
        this.generalEducation = generalEducation;
        this.professionalQualification = professionalQualification;
        this.occupation = occupation;
        this.youthUnionMember = youthUnionMember;
        this.organizationId = cell.id();
        this.organizationCode = cell.code();
        this.orgPath = cell.path();
        this.orgRoot = OrganizationRef.rootOf(cell.path());
        this.addedOn = addedOn;
        this.helpers = helpers;
        this.state = CandidateState.POOL;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The dates of the steps taken, in order. */
    public Map<DossierStep, LocalDate> steps() {
        Map<DossierStep, LocalDate> m = new EnumMap<>(DossierStep.class);
        put(m, DossierStep.APPLICATION, applicationOn);
        put(m, DossierStep.BACKGROUND, backgroundOn);
        put(m, DossierStep.VERIFICATION, verifiedOn);
        put(m, DossierStep.INTRODUCTION, introducedOn);
        put(m, DossierStep.MASS_OPINION, massOpinionOn);
        put(m, DossierStep.CELL_RESOLUTION, cellResolutionOn);
        put(m, DossierStep.COMMITTEE_RESOLUTION, committeeResolutionOn);
        return m;
    }

    private static void put(Map<DossierStep, LocalDate> m, DossierStep s, LocalDate d) {
        if (d != null) {
            m.put(s, d);
        }
    }

    public void awareness(String certificateNumber, String overrideReason) {
        this.awarenessCertNumber = certificateNumber;
        this.awarenessOverride = certificateNumber == null ? overrideReason : null;
        if (state == CandidateState.POOL) {
            state = CandidateState.AWARENESS;
        }
        touch();
    }

    public void step(DossierStep step, LocalDate date, Integer votesFor, Integer officialMembers) {
        switch (step) {
            case APPLICATION -> applicationOn = date;
            case BACKGROUND -> backgroundOn = date;
            case VERIFICATION -> verifiedOn = date;
            case INTRODUCTION -> introducedOn = date;
            case MASS_OPINION -> massOpinionOn = date;
            case CELL_RESOLUTION -> {
                cellResolutionOn = date;
                cellVotesFor = votesFor;
                cellOfficialMembers = officialMembers;
            }
            case COMMITTEE_RESOLUTION -> committeeResolutionOn = date;
        }
        state = CandidateState.DOSSIER;
        touch();
    }

    /** Attends an awareness class (its label), or no longer ({@code null}). */
    public void attending(String classLabel) {
        this.awarenessClass = classLabel;
        touch();
    }

    /** Làm lại hồ sơ: the steps are cleared (the history keeps them); the certificate stays. */
    public void renew() {
        applicationOn = backgroundOn = verifiedOn = introducedOn = massOpinionOn = cellResolutionOn = committeeResolutionOn = null;
        cellVotesFor = cellOfficialMembers = null;
        state = awarenessCertNumber == null && awarenessOverride == null ? CandidateState.POOL : CandidateState.AWARENESS;
        touch();
    }

    public void admitted(long admissionId) {
        this.admissionId = admissionId;
        this.state = CandidateState.ADMITTED;
        touch();
    }

    public void stop(LocalDate on, String reason) {
        this.stoppedOn = on;
        this.stopReason = reason;
        this.state = CandidateState.STOPPED;
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getEthnicityCode() { return ethnicityCode; }
    public String getReligion() { return religion; }
    public GeneralEducation getGeneralEducation() { return generalEducation; }
    public ProfessionalQualification getProfessionalQualification() { return professionalQualification; }
    public Occupation getOccupation() { return occupation; }
    public boolean isYouthUnionMember() { return youthUnionMember; }
    public long getOrganizationId() { return organizationId; }
    public String getOrganizationCode() { return organizationCode; }
    public String getOrgPath() { return orgPath; }
    public LocalDate getAddedOn() { return addedOn; }
    public String getHelpers() { return helpers; }
    public CandidateState getState() { return state; }
    public String getAwarenessCertNumber() { return awarenessCertNumber; }
    public String getAwarenessOverride() { return awarenessOverride; }
    public String getAwarenessClass() { return awarenessClass; }
    /** Whether the awareness step is recorded (a certificate, or the reason to go on without one). */
    public boolean hasAwareness() { return awarenessCertNumber != null || awarenessOverride != null; }
    public Integer getCellVotesFor() { return cellVotesFor; }
    public Integer getCellOfficialMembers() { return cellOfficialMembers; }
    public Long getAdmissionId() { return admissionId; }
    public LocalDate getStoppedOn() { return stoppedOn; }
    public String getStopReason() { return stopReason; }
    public int getVersion() { return version; }
}
