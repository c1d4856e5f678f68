package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.api.CandidatePool;
import vn.ptdv.admission.api.AdmissionRecords.NewMemberCertificate;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * Certificates (giấy chứng nhận): issued to the learners of an open class who passed, and found by number for a caller
 * who may read the named learners of the class. A new-member course's certificate is recorded on the admission.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    @Inject
    LearnerRepository learners;

    @Inject
    ClassAccess classAccess;

    @Inject
    AdmissionRecords admissions;

    @Inject
    CandidatePool pool;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /**
     * Cấp giấy chứng nhận: to the given learners with the given numbers, or (when {@code numbers} is empty) to every
     * passed learner without one, numbered {@code prefix}001, {@code prefix}002, ... in name order.
     */
    public List<Learner> issue(long classId, LocalDate issuedOn, Map<Long, String> numbers, String prefix) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        List<Learner> inClass = learners.ofClass(classId);
        Map<Long, String> wanted = CertificateRules.numbers(inClass, issuedOn, numbers, prefix, new Violations());
        // before any learner changes: a query may flush them
        requireFree(wanted.values().stream().map(VietnameseText::clean).filter(Objects::nonNull).toList());
        List<Learner> done = CertificateRules.certifyAll(c, inClass, wanted, issuedOn);
        learners.flush();
        List<NewMemberCertificate> newMember = c.getCourseType() != CourseType.NEW_MEMBER ? List.of() : done.stream()
                .filter(l -> l.getAdmissionId() != null)
                .map(l -> new NewMemberCertificate(l.getAdmissionId(), l.getCertificateNumber(), issuedOn)).toList();
        if (!newMember.isEmpty()) {
            admissions.recordNewMemberCertificates(newMember);
        }
        List<CandidatePool.IssuedCertificate> awareness = c.getCourseType() != CourseType.AWARENESS ? List.of() : done.stream()
                .filter(l -> l.getCandidateId() != null)
                .map(l -> new CandidatePool.IssuedCertificate(l.getCandidateId(), l.getCertificateNumber(), issuedOn)).toList();
        if (!awareness.isEmpty()) {
            pool.recordAwarenessCertificates(awareness);
        }
        audit.change("TRAINING_CERTIFICATES_ISSUED", "class:" + c.getId(), c.getOrgPath(), null, done.size() + " certificates");
        return done;
    }

    /** A certificate with its learner and class, for a caller who may read named learners of that class. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CertifiedLearner> certificate(String number) {
        Caller caller = access.require(Permission.READ_TRAINING);
        return learners.certified(List.of(VietnameseText.clean(number))).stream()
                .filter(r -> caller.covers(r.trainingClass().getOrgPath())).findFirst();
    }

    /** A 409 when a learner already holds one of these numbers. */
    void requireFree(Collection<String> numbers) {
        learners.firstUsedCertificateNumber(new HashSet<>(numbers)).ifPresent(used -> {
            throw new ProblemException(ProblemType.CONFLICT, "Số giấy chứng nhận " + used + " đã được dùng.",
                    Map.of("certificates", "Số giấy chứng nhận " + used + " đã được dùng."));
        });
    }
}
