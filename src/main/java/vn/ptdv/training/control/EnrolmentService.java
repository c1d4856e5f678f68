package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ptdv.admission.api.AdmissionRecords;
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
        audit.change("TRAINING_LEARNER_REMOVED", "class:" + c.getId() + "/learner:" + learnerId, c.getOrgPath(), null, null);
    }
}
