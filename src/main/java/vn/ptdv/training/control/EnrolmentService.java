package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.CandidatePool;
import vn.ptdv.admission.api.CandidatePool.PoolCandidate;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.TrainingRegistry.NewLearner;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * The learners of a class (học viên): the named list with attendance and results, enrolment (ghi danh) and removal.
 * Named learners need {@link Permission#READ_TRAINING}; changes need an open class of the caller's scope.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @Inject
    LearnerRepository learners;

    @Inject
    AttendanceRepository attendance;

    @Inject
    GuideRepository guides;

    @Inject
    ClassAccess classAccess;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionRecords admissions;

    @Inject
    CandidatePool pool;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** A learner and the sessions missed. */
    public record LearnerRow(Learner learner, List<Long> absentSessionIds) {
    }

    /** Named learners of a class, in Vietnamese name order, with their absences (session ids). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LearnerRow> learners(long classId) {
        classAccess.find(classId, access.require(Permission.READ_TRAINING));
        Map<Long, List<Long>> absent = attendance.absentSessions(classId);
        return learners.ofClass(classId).stream().sorted(EnrolmentRules.NAME_ORDER)
                .map(l -> new LearnerRow(l, absent.getOrDefault(l.getId(), List.of()))).toList();
    }

    /**
     * Ghi danh: candidates (awareness course) or probationary members by admission (new-member course) into an open
     * class; all or none.
     */
    public List<Learner> enrol(long classId, List<NewLearner> requests) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        if (requests == null || requests.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ít nhất một học viên.", Map.of("learners", "Danh sách trống."));
        }
        Lookups lookups = Lookups.of(guides, organizations);
        lookups.admissions.putAll(admissions.find(requests.stream().map(NewLearner::admissionId).filter(Objects::nonNull).toList()));
        List<String> names = new ArrayList<>();
        requests.stream().map(l -> VietnameseText.fold(VietnameseText.clean(l.fullName()))).filter(Objects::nonNull).forEach(names::add);
        lookups.admissions.values().forEach(a -> names.add(VietnameseText.fold(a.fullName())));
        List<Learner> made = EnrolmentRules.enrol(c, requests, lookups, caller::covers, learners.enrolments(names), "");
        made.forEach(learners::add);
        learners.flush();
        audit.change("TRAINING_LEARNERS_ADDED", "class:" + c.getId(), c.getOrgPath(), null, made.size() + " learners");
        return made;
    }

    /** The candidates under the class's committee still waiting for the awareness course (an awareness class only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoolCandidate> waiting(long classId) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.find(classId, caller);
        if (c.getCourseType() != CourseType.AWARENESS) {
            return List.of();
        }
        return pool.waiting(c.getOrgPath(), 2_000).stream().filter(p -> caller.covers(p.orgPath())).toList();
    }

    /**
     * Ghi danh từ danh sách quần chúng: candidates of the pool (under the class's committee, waiting for the course,
     * attending no other class) into an open awareness class, every enrolment rule applied; all or none. The
     * candidates show the class they attend; the certificates issued later are recorded on them.
     */
    public List<Learner> enrolCandidates(long classId, List<Long> ids) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        if (ids == null || ids.isEmpty() || ids.contains(null)) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ít nhất một quần chúng.",
                    Map.of("candidateIds", "Danh sách mã quần chúng trống hoặc có mã trống."));
        }
        if (c.getCourseType() != CourseType.AWARENESS) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Chỉ ghi danh quần chúng vào lớp bồi dưỡng nhận thức về Đảng.",
                    Map.of("candidateIds", "Lớp đảng viên mới ghi danh đảng viên dự bị theo mã hồ sơ kết nạp."));
        }
        Map<Long, PoolCandidate> found = pool.find(ids);
        Violations v = new Violations();
        List<NewLearner> requests = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String f = "candidateIds[" + i + "]";
            PoolCandidate p = found.get(id);
            if (p == null || !caller.covers(p.orgPath())) {
                v.add(f, "Không tìm thấy quần chúng số " + id + ".");
            } else if (!p.orgPath().startsWith(c.getOrgPath())) {
                v.add(f, p.fullName() + ": không thuộc tổ chức đảng mở lớp (" + c.getOrganizationCode() + ").");
            } else if (ids.indexOf(id) != i) {
                v.add(f, p.fullName() + ": có hai lần trong danh sách.");
            } else if (!p.waiting()) {
                v.add(f, p.fullName() + ": đã học lớp nhận thức hoặc không còn trong danh sách cảm tình Đảng.");
            } else if (p.attending() != null) {
                v.add(f, p.fullName() + ": đang học " + p.attending() + ".");
            } else {
                requests.add(new NewLearner(p.fullName(), p.birthDate(), p.gender(), p.ethnicityCode(), p.religion(),
                        p.organizationCode(), null, null, null, null));
            }
        }
        v.throwIfAny(ProblemType.UNPROCESSABLE);
        Lookups lookups = Lookups.of(guides, organizations);
        List<String> names = requests.stream().map(l -> VietnameseText.fold(VietnameseText.clean(l.fullName()))).toList();
        List<Learner> made = EnrolmentRules.enrol(c, requests, lookups, caller::covers, learners.enrolments(names), "");
        for (int i = 0; i < made.size(); i++) {
            made.get(i).fromCandidate(ids.get(i));
            learners.add(made.get(i));
        }
        learners.flush();
        pool.attending(ids, label(c));
        audit.change("TRAINING_CANDIDATES_ENROLLED", "class:" + c.getId(), c.getOrgPath(), null, made.size() + " learners");
        return made;
    }

    /** How a candidate's page names the class. */
    static String label(TrainingClass c) {
        return "lớp bồi dưỡng nhận thức về Đảng số " + c.getCourseNumber() + " (" + VietnameseFormat.date(c.getStartDate())
                + " – " + VietnameseFormat.date(c.getEndDate()) + ")";
    }

    /** Removes a learner (with the absences) from an open class; refused once the learner holds a certificate. */
    public void remove(long classId, long learnerId) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        Learner l = learners.find(learnerId).filter(found -> found.getClassId() == c.getId())
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy học viên số " + learnerId + " trong lớp."));
        if (l.getCertificateNumber() != null) {
            throw ProblemException.conflict("Học viên đã được cấp giấy chứng nhận số " + l.getCertificateNumber()
                    + ": không thể xóa khỏi lớp.");
        }
        attendance.clearLearner(learnerId);
        learners.remove(l);
        if (l.getCandidateId() != null) {
            pool.attending(List.of(l.getCandidateId()), null);
        }
        audit.change("TRAINING_LEARNER_REMOVED", "class:" + c.getId() + "/learner:" + learnerId, c.getOrgPath(), null, null);
    }
}
