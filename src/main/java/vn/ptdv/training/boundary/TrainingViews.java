package vn.ptdv.training.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.ClassStatus;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.api.GuideStatus;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.control.ClassService;
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
    public record GuideSummary(long id, String number, String title, LocalDate issuedOn, CourseType courseType,
                               List<Audience> audiences, int totalPeriods, GuideStatus status, boolean reconstructed) {

        static GuideSummary of(Guide g) {
            return new GuideSummary(g.getId(), g.getGuideNumber(), g.getTitle(), g.getIssuedOn(), g.getCourseType(),
                    audiencesOf(g), g.totalPeriods(), g.getStatus(), g.isReconstructed());
        }
    }

    /** A whole guide with its programme and its place in the supersession chain. */
    @JsonbNillable
    public record GuideView(long id, String number, int documentNo, String symbol, String organizationCode,
                            String parentIssuer, String issuer, String place, LocalDate issuedOn, String title,
                            CourseType courseType, String courseTypeName, List<Audience> audiences, int durationDays,
                            int totalPeriods, List<TopicView> topics, String purpose, String organisationText,
                            String responsibilities, String assessment, String grading, String certificateRules,
                            String signerTitle, String signerName, boolean reconstructed, GuideStatus status,
                            String supersededBy, LocalDate supersededOn, String supersedes, int version) {

        static GuideView of(Guide g, Guide successor, Guide predecessor) {
            return new GuideView(g.getId(), g.getGuideNumber(), g.getDocumentNo(), g.getSymbol(), g.getOrganizationCode(),
                    g.getParentIssuer(), g.getIssuer(), g.getPlace(), g.getIssuedOn(), g.getTitle(), g.getCourseType(),
                    g.getCourseType().label(), audiencesOf(g), g.getDurationDays(),
                    g.totalPeriods(), g.getTopics().stream().map(t -> new TopicView(t.getTopicOrder(), t.getTitle(),
                    t.getPeriods(), t.getForm(), t.getForm().label())).toList(), g.getPurpose(), g.getOrganisationText(),
                    g.getResponsibilities(), g.getAssessment(), g.getGrading(), g.getCertificateRules(), g.getSignerTitle(),
                    g.getSignerName(), g.isReconstructed(), g.getStatus(),
                    successor == null ? null : successor.getGuideNumber(), g.getSupersededOn(),
                    predecessor == null ? null : predecessor.getGuideNumber(), g.getVersion());
        }
    }

    /** The audiences of a guide by name. */
    private static List<Audience> audiencesOf(Guide g) {
        return g.getAudiences().stream().sorted(Comparator.comparing(Audience::name)).toList();
    }

    /** A topic. */
    public record TopicView(int order, String title, int periods, TopicForm form, String formName) {
    }

    /** A class with its counts (no names). */
    @JsonbNillable
    public record ClassView(long id, String guideNumber, CourseType courseType, Audience audience, String organizationCode,
                            String organiserName, String courseNumber, int year, LocalDate startDate, LocalDate endDate,
                            String place, ClassStatus status, long learners, long withResult, long passed, long certified,
                            int version) {

        static ClassView of(ClassService.ClassSummary s) {
            TrainingClass c = s.trainingClass();
            return new ClassView(c.getId(), s.guideNumber(), c.getCourseType(), c.getAudience(),
                    c.getOrganizationCode(), c.getOrganiserName(), c.getCourseNumber(), c.getCourseYear(), c.getStartDate(),
                    c.getEndDate(), c.getPlace(), c.getStatus(), s.learners(), s.withResult(), s.passed(),
                    s.certified(), c.getVersion());
        }
    }

    /** A class with its sessions (no names). */
    public record ClassDetailView(@JsonbProperty("class") ClassView trainingClass, List<SessionView> sessions) {
    }

    /** A session. */
    @JsonbNillable
    public record SessionView(long id, LocalDate date, Integer topicOrder) {

        static SessionView of(ClassSession s) {
            return new SessionView(s.getId(), s.getSessionDate(), s.getTopicOrder());
        }
    }

    /** A candidate waiting for the awareness course, as a class's enrolment form lists it. */
    public record PoolView(long id, String fullName, LocalDate birthDate, Gender gender, String organizationCode,
                           String attending) {
    }

    /** A learner with result and certificate (named: READ_TRAINING). */
    @JsonbNillable
    public record LearnerView(long id, String fullName, LocalDate birthDate, Gender gender, String ethnicityCode,
                              String nominatingOrgCode, String nominatingOrgName, Long admissionId, Long candidateId,
                              BigDecimal score,
                              Grade grade, String gradeName, String certificateNumber, LocalDate certificateIssuedOn,
                              String certificateForm, List<Long> absentSessionIds) {

        static LearnerView of(Learner l, List<Long> absent) {
            return new LearnerView(l.getId(), l.getFullName(), l.getBirthDate(), l.getGender(), l.getEthnicityCode(),
                    l.getNominatingOrgCode(), l.getNominatingOrgName(), l.getAdmissionId(), l.getCandidateId(), l.getScore(),
                    l.getGrade(), l.getGrade() == null ? null : l.getGrade().label(),
                    l.getCertificateNumber(), l.getCertificateIssuedOn(), l.getCertificateForm(), absent);
        }
    }

    /** A certificate found by its number. */
    @JsonbNillable
    public record CertificateView(String number, String form, LocalDate issuedOn, CourseType courseType, String fullName,
                                  LocalDate birthDate, String grade, long classId, String courseNumber,
                                  String organiserName, String organizationCode, LocalDate classStart, LocalDate classEnd) {

        static CertificateView of(Learner l, TrainingClass c) {
            return new CertificateView(l.getCertificateNumber(), l.getCertificateForm(), l.getCertificateIssuedOn(),
                    c.getCourseType(), l.getFullName(), l.getBirthDate(), l.getGrade() == null ? null : l.getGrade().label(),
                    c.getId(), c.getCourseNumber(), c.getOrganiserName(), c.getOrganizationCode(), c.getStartDate(), c.getEndDate());
        }
    }

    /** The absences recorded by {@code PUT .../attendance}. */
    public record AttendanceView(int absences) {
    }

    /** The learners updated by {@code PUT .../results}. */
    public record ResultsView(int updated) {
    }
}
