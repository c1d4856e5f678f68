package vn.ptdv.training.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.training.control.TrainingService;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** The training module on the wire. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A guide in a list. */
    @JsonbNillable
    public record GuideSummary(long id, String number, String title, LocalDate issuedOn, String courseType,
                               List<String> audiences, int totalPeriods, String status, boolean reconstructed) {

        static GuideSummary of(Guide g) {
            return new GuideSummary(g.getId(), g.getGuideNumber(), g.getTitle(), g.getIssuedOn(), g.getCourseType().name(),
                    g.getAudiences().stream().map(Enum::name).sorted().toList(), g.totalPeriods(), g.getStatus().name(),
                    g.isReconstructed());
        }
    }

    /** A whole guide with its programme and its place in the supersession chain. */
    @JsonbNillable
    public record GuideView(long id, String number, int documentNo, String symbol, String organizationCode,
                            String parentIssuer, String issuer, String place, LocalDate issuedOn, String title,
                            String courseType, String courseTypeName, List<String> audiences, int durationDays,
                            int totalPeriods, List<TopicView> topics, String purpose, String organisationText,
                            String responsibilities, String assessment, String grading, String certificateRules,
                            String signerTitle, String signerName, boolean reconstructed, String status,
                            String supersededBy, LocalDate supersededOn, String supersedes, int version) {

        static GuideView of(Guide g, Guide successor, Guide predecessor) {
            return new GuideView(g.getId(), g.getGuideNumber(), g.getDocumentNo(), g.getSymbol(), g.getOrganizationCode(),
                    g.getParentIssuer(), g.getIssuer(), g.getPlace(), g.getIssuedOn(), g.getTitle(), g.getCourseType().name(),
                    g.getCourseType().label(), g.getAudiences().stream().map(Enum::name).sorted().toList(), g.getDurationDays(),
                    g.totalPeriods(), g.getTopics().stream().map(t -> new TopicView(t.getTopicOrder(), t.getTitle(),
                    t.getPeriods(), t.getForm().name(), t.getForm().label())).toList(), g.getPurpose(), g.getOrganisationText(),
                    g.getResponsibilities(), g.getAssessment(), g.getGrading(), g.getCertificateRules(), g.getSignerTitle(),
                    g.getSignerName(), g.isReconstructed(), g.getStatus().name(),
                    successor == null ? null : successor.getGuideNumber(), g.getSupersededOn(),
                    predecessor == null ? null : predecessor.getGuideNumber(), g.getVersion());
        }
    }

    /** A topic. */
    public record TopicView(int order, String title, int periods, String form, String formName) {
    }

    /** A class with its counts (no names). */
    @JsonbNillable
    public record ClassView(long id, String guideNumber, String courseType, String audience, String organizationCode,
                            String organiserName, String courseNumber, int year, LocalDate startDate, LocalDate endDate,
                            String place, String status, long learners, long withResult, long passed, long certified,
                            int version) {

        static ClassView of(TrainingService.ClassSummary s, String guideNumber) {
            TrainingClass c = s.trainingClass();
            return new ClassView(c.getId(), guideNumber, c.getCourseType().name(), c.getAudience().name(),
                    c.getOrganizationCode(), c.getOrganiserName(), c.getCourseNumber(), c.getCourseYear(), c.getStartDate(),
                    c.getEndDate(), c.getPlace(), c.getStatus().name(), s.learners(), s.withResult(), s.passed(),
                    s.certified(), c.getVersion());
        }
    }

    /** A session. */
    @JsonbNillable
    public record SessionView(long id, LocalDate date, Integer topicOrder) {

        static SessionView of(ClassSession s) {
            return new SessionView(s.getId(), s.getSessionDate(), s.getTopicOrder());
        }
    }

    /** A learner with result and certificate (named: READ_TRAINING). */
    @JsonbNillable
    public record LearnerView(long id, String fullName, LocalDate birthDate, Gender gender, String ethnicityCode,
                              String nominatingOrgCode, String nominatingOrgName, Long admissionId, BigDecimal score,
                              String grade, String gradeName, String certificateNumber, LocalDate certificateIssuedOn,
                              String certificateForm, List<Long> absentSessionIds) {

        static LearnerView of(Learner l, List<Long> absent) {
            return new LearnerView(l.getId(), l.getFullName(), l.getBirthDate(), l.getGender(), l.getEthnicityCode(),
                    l.getNominatingOrgCode(), l.getNominatingOrgName(), l.getAdmissionId(), l.getScore(),
                    l.getGrade() == null ? null : l.getGrade().name(), l.getGrade() == null ? null : l.getGrade().label(),
                    l.getCertificateNumber(), l.getCertificateIssuedOn(), l.getCertificateForm(), absent);
        }
    }

    /** A certificate found by its number. */
    @JsonbNillable
    public record CertificateView(String number, String form, LocalDate issuedOn, String courseType, String fullName,
                                  LocalDate birthDate, String grade, long classId, String courseNumber,
                                  String organiserName, String organizationCode, LocalDate classStart, LocalDate classEnd) {

        static CertificateView of(Learner l, TrainingClass c) {
            return new CertificateView(l.getCertificateNumber(), l.getCertificateForm(), l.getCertificateIssuedOn(),
                    c.getCourseType().name(), l.getFullName(), l.getBirthDate(), l.getGrade() == null ? null : l.getGrade().label(),
                    c.getId(), c.getCourseNumber(), c.getOrganiserName(), c.getOrganizationCode(), c.getStartDate(), c.getEndDate());
        }
    }
}
