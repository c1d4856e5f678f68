package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.CandidatePool;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TrainingRegistry.NewClass;
import vn.ptdv.training.api.TrainingRegistry.Session;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.TrainingClass;

/**
 * Classes (lớp bồi dưỡng) with their sessions: listed with their counts, opened by a guide, given sessions, closed
 * (bế giảng). Scoped by the organising committee's path; every change is checked in full before anything is written.
 */
@ApplicationScoped
@Transactional
public class ClassService {

    @Inject
    ClassRepository classes;

    @Inject
    GuideRepository guides;

    @Inject
    LearnerRepository learners;

    @Inject
    ClassAccess classAccess;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    CandidatePool pool;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** A class with its guide's number and its counts of learners. */
    public record ClassSummary(TrainingClass trainingClass, String guideNumber, long learners, long withResult, long passed,
                               long certified) {
    }

    /** The classes organised in the organisation's subtree (any of its records), of a year and course type when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassSummary> classes(String orgCode, Integer year, CourseType type) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        List<OrganizationRef> records = organizations.history(orgCode).stream().filter(o -> caller.covers(o.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + orgCode + ".");
        }
        return summaries(classes.inSubtrees(records.stream().map(OrganizationRef::subtreePattern).toList(), year, type));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClassSummary summary(long id) {
        return summaries(List.of(classAccess.find(id, access.require(Permission.READ_AGGREGATES)))).get(0);
    }

    private List<ClassSummary> summaries(List<TrainingClass> found) {
        Map<Long, ClassRepository.Counts> counts = classes.counts(found.stream().map(TrainingClass::getId).toList());
        Map<Long, String> guideNumbers = new HashMap<>();
        return found.stream().map(c -> {
            ClassRepository.Counts n = counts.getOrDefault(c.getId(), ClassRepository.Counts.NONE);
            String guide = guideNumbers.computeIfAbsent(c.getGuideId(), g -> guides.find(g).orElseThrow().getGuideNumber());
            return new ClassSummary(c, guide, n.learners(), n.withResult(), n.passed(), n.certified());
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassSession> sessions(long classId) {
        classAccess.find(classId, access.require(Permission.READ_AGGREGATES));
        return classes.sessionsOf(classId);
    }

    /** Mở lớp: a class (without learners) of the caller's scope, with its sessions. */
    public TrainingClass create(NewClass request) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Opened opened = open(request, caller, Lookups.of(guides, organizations));
        classes.flush();
        persistSessions(opened, request.sessions());
        audit.change("TRAINING_CLASS_CREATED", "class:" + opened.trainingClass().getId(), opened.trainingClass().getOrgPath(),
                null, "{\"courseNumber\":\"" + opened.trainingClass().getCourseNumber() + "\"}");
        return opened.trainingClass();
    }

    public List<ClassSession> addSessions(long classId, List<Session> sessions) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        Guide guide = guides.find(c.getGuideId()).orElse(null);
        Violations v = new Violations();
        v.check(sessions != null && !sessions.isEmpty(), "sessions", "Cần ít nhất một buổi học.");
        ClassRules.sessions(sessions, c.getStartDate(), c.getEndDate(), guide, v);
        v.throwIfAny();
        Opened opened = new Opened(c, new ArrayList<>());
        persistSessions(opened, sessions);
        audit.change("TRAINING_SESSIONS_ADDED", "class:" + c.getId(), c.getOrgPath(), null, opened.sessions().size() + " sessions");
        return opened.sessions();
    }

    /**
     * Bế giảng: closes the class; refused for a class with no learners. The candidates of the pool who attended it
     * without a certificate wait again for a later class.
     */
    public TrainingClass close(long classId) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.find(classId, caller);
        TrainingRules.close(c.getStatus(), learners.countOfClass(classId)).ifPresent(m -> {
            throw new ProblemException(ProblemType.UNPROCESSABLE, m);
        });
        classes.lock(c);
        c.close();
        List<Long> uncertified = learners.ofClass(classId).stream()
                .filter(l -> l.getCandidateId() != null && l.getCertificateNumber() == null).map(l -> l.getCandidateId()).toList();
        if (!uncertified.isEmpty()) {
            pool.attending(uncertified, null);
        }
        audit.change("TRAINING_CLASS_CLOSED", "class:" + c.getId(), c.getOrgPath(), null, null);
        return c;
    }

    /** A class persisted in this transaction and its sessions so far. */
    record Opened(TrainingClass trainingClass, List<ClassSession> sessions) {
    }

    /** Checks a new class in the caller's scope and persists it (its id comes with the next flush). */
    Opened open(NewClass n, Caller caller, Lookups lookups) {
        Violations v = new Violations();
        ClassRules.Checked checked = ClassRules.check(n, lookups, caller::covers, v);
        v.throwIfAny();
        TrainingClass c = ClassRules.trainingClass(n, checked);
        classes.add(c);
        return new Opened(c, new ArrayList<>());
    }

    /** After the class is flushed (its row exists): these sessions, checked before. */
    void persistSessions(Opened opened, List<Session> sessions) {
        for (Session s : sessions == null ? List.<Session>of() : sessions) {
            ClassSession cs = new ClassSession(opened.trainingClass().getId(), s.date(), s.topicOrder(), null);
            classes.add(cs);
            opened.sessions().add(cs);
        }
    }
}
