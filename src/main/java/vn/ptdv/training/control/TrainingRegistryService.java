package vn.ptdv.training.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.AdmissionRecords.NewMemberCertificate;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TrainingRegistry;
import vn.ptdv.training.control.TrainingRules.Enrolment;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * The training module's bulk writes for loaders (demo data, imports), with the rules and scope checks of the services
 * it calls; reachable only as {@link TrainingRegistry}.
 */
@ApplicationScoped
@Transactional
class TrainingRegistryService implements TrainingRegistry {

    @Inject
    GuideService guideService;

    @Inject
    ClassService classService;

    @Inject
    ResultService resultService;

    @Inject
    CertificateService certificateService;

    @Inject
    GuideRepository guides;

    @Inject
    ClassRepository classes;

    @Inject
    LearnerRepository learners;

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionRecords admissions;

    @Inject
    GradeScale scale;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Override
    public Map<String, Long> createGuides(List<NewGuide> guides) {
        return guideService.createAll(guides);
    }

    @Override
    public int recordResults(long classId, List<LearnerResult> results) {
        return resultService.recordResults(classId, results);
    }

    /** An absence of a learner not yet written. */
    private record PendingAbsence(TrainingClass trainingClass, Learner learner, ClassSession session) {
    }

    @Override
    public List<Long> recordClasses(List<NewClass> requests) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Lookups lookups = Lookups.of(guides, organizations);
        ResultPlanner planner = new ResultPlanner(scale);
        List<NewLearner> everyone = requests.stream()
                .flatMap(c -> c.learners() == null ? Stream.empty() : c.learners().stream()).toList();
        Map<String, List<Enrolment>> known = learners.enrolments(everyone.stream()
                .map(l -> VietnameseText.fold(VietnameseText.clean(l.fullName()))).filter(Objects::nonNull).toList());
        // learners of new-member classes named by admission: their names come from the admissions
        lookups.admissions.putAll(admissions.find(everyone.stream().map(NewLearner::admissionId).filter(Objects::nonNull).toList()));
        Map<String, List<Enrolment>> enrolments = EnrolmentRules.merge(known, learners.enrolments(lookups.admissions.values()
                .stream().map(a -> VietnameseText.fold(a.fullName())).toList()));
        Set<String> batchNumbers = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        List<Learner> allLearners = new ArrayList<>();
        List<PendingAbsence> pendingAbsences = new ArrayList<>();
        List<NewMemberCertificate> newMember = new ArrayList<>();
        // classes first (one flush), then their sessions and learners (one flush), then absences
        List<ClassService.Opened> opened = new ArrayList<>(requests.size());
        for (NewClass n : requests) {
            opened.add(classService.open(n, caller, lookups));
        }
        classes.flush();
        for (int ci = 0; ci < requests.size(); ci++) {
            NewClass n = requests.get(ci);
            ClassService.Opened o = opened.get(ci);
            classService.persistSessions(o, n.sessions());
            TrainingClass c = o.trainingClass();
            ids.add(c.getId());
            String prefix = "classes[" + ci + "].";
            List<Learner> enrolled = EnrolmentRules.enrol(c, n.learners() == null ? List.of() : n.learners(), lookups,
                    caller::covers, enrolments, prefix);
            for (int i = 0; i < enrolled.size(); i++) {
                Learner l = enrolled.get(i);
                NewLearner nl = n.learners().get(i);
                if (nl.score() != null) {
                    ResultPlanner.Graded g = planner.graded(l, nl.score(), null, prefix + "learners[" + i + "].");
                    l.result(g.score(), g.grade());
                }
                if (nl.certificateNumber() != null) {
                    String number = VietnameseText.clean(nl.certificateNumber());
                    LocalDate on = n.certificatesIssuedOn() == null ? c.getEndDate() : n.certificatesIssuedOn();
                    CertificateRules.certify(c, l, number, on, batchNumbers);
                    if (l.getAdmissionId() != null && c.getCourseType() == CourseType.NEW_MEMBER) {
                        newMember.add(new NewMemberCertificate(l.getAdmissionId(), number, on));
                    }
                }
                for (Integer s : nl.absentSessions() == null ? List.<Integer>of() : nl.absentSessions()) {
                    if (s == null || s < 0 || s >= o.sessions().size()) {
                        throw new ProblemException(ProblemType.VALIDATION, "Buổi vắng không có trong lớp.",
                                Map.of(prefix + "learners[" + i + "].absentSessions", "Chỉ số buổi học không hợp lệ."));
                    }
                    pendingAbsences.add(new PendingAbsence(c, l, o.sessions().get(s)));
                }
            }
            allLearners.addAll(enrolled);
            if (n.closed()) {
                TrainingRules.close(c.getStatus(), enrolled.size()).ifPresent(m -> {
                    throw new ProblemException(ProblemType.UNPROCESSABLE, m);
                });
                c.close();
            }
        }
        certificateService.requireFree(batchNumbers);
        classes.flush();   // the sessions and the classes' changes, before the rows that refer to them
        Map<Learner, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < allLearners.size(); i++) {
            position.put(allLearners.get(i), i);
        }
        List<LearnerTables.AbsenceRow> absences = pendingAbsences.stream().map(a -> new LearnerTables.AbsenceRow(
                a.trainingClass().getId(), position.get(a.learner()), a.session().getId())).toList();
        try (Connection c = dataSource.getConnection()) {
            long firstLearner = BulkInserts.reserveIds(c, "trn_learner", allLearners.size());
            LearnerTables.insertLearners(c, allLearners, firstLearner);
            LearnerTables.insertAbsences(c, absences, firstLearner, BulkInserts.reserveIds(c, "trn_absence", absences.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + allLearners.size() + " learners failed", e);
        }
        if (!newMember.isEmpty()) {
            admissions.recordNewMemberCertificates(newMember);
        }
        learners.flush();
        audit.change("TRAINING_CLASSES_LOADED", ids.size() + " classes, " + allLearners.size() + " learners", null, null, null);
        return ids;
    }
}
