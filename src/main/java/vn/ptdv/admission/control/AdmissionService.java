package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.control.AdmissionAssessor.Assessed;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionEvent;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.admission.entity.CertificateStatus;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;

/**
 * Hồ sơ kết nạp one at a time, in the caller's scope: ghi nhận (record), đính chính (correct), rút (withdraw), read,
 * list and export. Every change is checked in full before anything is written ({@link AdmissionAssessor}) and audited.
 */
@ApplicationScoped
@Transactional
public class AdmissionService {

    @Inject
    AdmissionRepository admissions;

    @Inject
    AdmissionAssessor assessor;

    @Inject
    AdmissionScope scope;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    FigureStore figures;

    public Admission create(NewAdmission request) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Assessed b = assessor.build(request, new HashMap<>(), new HashSet<>(), n -> numberUsed(n, null, caller),
                caller, assessor::certificate);
        Admission a = b.admission();
        admissions.persist(a);
        admissions.flush();
        figures.apply(FigureDelta.change(null, FigureDelta.Facts.of(a)));
        String after = AdmissionSnapshot.of(a);
        admissions.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.CREATED, b.historyReason(null), after));
        audit.change("ADMISSION_CREATED", "admission:" + a.getId(), a.getOrgPath(), null, after);
        return a;
    }

    /** Đính chính: replaces the values, keeping the old ones in the history with the reason. */
    public Admission correct(long id, NewAdmission request, String reason, Integer expectedVersion) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Admission a = findInScope(id, caller);
        requireReason(reason);
        if (expectedVersion != null && expectedVersion != a.getVersion()) {
            throw ProblemException.conflict("Hồ sơ đã được người khác sửa (phiên bản " + a.getVersion()
                    + "); hãy tải lại và sửa lại.");
        }
        if (a.getStatus() == AdmissionStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, "Hồ sơ đã rút, không thể đính chính.");
        }
        admissions.lock(a);
        String before = AdmissionSnapshot.of(a);
        FigureDelta.Facts counted = FigureDelta.Facts.of(a);
        Assessed b = assessor.build(request, new HashMap<>(), new HashSet<>(), n -> numberUsed(n, a.getId(), caller),
                caller, assessor::certificate);
        Admission checked = b.admission();
        a.apply(checked.values(), checked.getOrganizationId(), checked.getOrganizationCode(), checked.getOrgPath(),
                assessor.probationMonths(checked.getDecisionDate()));
        if (checked.getAwarenessCertStatus() == CertificateStatus.VERIFIED) {
            a.awarenessCertificateVerified(checked.getAwarenessCertNumber(), checked.getAwarenessCertIssuedOn());
        } else {
            a.awarenessCertificateOverridden(checked.getAwarenessCertNumber(), checked.getCertOverrideReason());
        }
        figures.apply(FigureDelta.change(counted, FigureDelta.Facts.of(a)));
        String after = AdmissionSnapshot.of(a);
        admissions.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.CORRECTED, b.historyReason(VietnameseText.clean(reason)), after));
        audit.change("ADMISSION_CORRECTED", "admission:" + a.getId(), a.getOrgPath(), before, after);
        return a;
    }

    /** Rút hồ sơ (e.g. a decision annulled): kept with its history, excluded from every count. */
    public Admission withdraw(long id, String reason) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Admission a = findInScope(id, caller);
        String before = AdmissionSnapshot.of(a);
        requireReason(reason);
        if (a.getStatus() == AdmissionStatus.WITHDRAWN) {
            throw ProblemException.conflict("Hồ sơ đã được rút trước đó.");
        }
        admissions.lock(a);
        FigureDelta.Facts counted = FigureDelta.Facts.of(a);
        a.withdraw();
        figures.apply(FigureDelta.change(counted, null));
        String after = AdmissionSnapshot.of(a);
        admissions.persist(new AdmissionEvent(a.getId(), AdmissionEvent.Type.WITHDRAWN, VietnameseText.clean(reason), after));
        audit.change("ADMISSION_WITHDRAWN", "admission:" + a.getId(), a.getOrgPath(), before, after);
        return a;
    }

    /** One admission record, for a caller who may read named records in its scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Admission find(long id) {
        return findInScope(id, access.require(Permission.READ_ADMISSIONS));
    }

    private Admission findInScope(long id, Caller caller) {
        Admission a = admissions.find(id).orElse(null);
        if (a == null || !caller.covers(a.getOrgPath())) {
            if (a != null) {
                audit.denied(caller.username(), "ADMISSION", "outside scope " + caller.scopeCode());
            }
            throw ProblemException.notFound("Không tìm thấy hồ sơ kết nạp số " + id + ".");
        }
        return a;
    }

    /** The history of a record the caller may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdmissionEvent> history(long id) {
        find(id);
        return admissions.events(id);
    }

    /** A page of the admissions in the subtree of every record of the code, with optional filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(AdmissionFilter filter, int page, int size) {
        List<String> patterns = patterns(filter, access.require(Permission.READ_ADMISSIONS));
        LocalDate today = LocalDate.now();
        long total = admissions.count(patterns, filter, today);
        return new Page(total, page, size, admissions.list(patterns, filter, today, page * size, size));
    }

    /** One page of admissions. */
    public record Page(long total, int page, int size, List<Admission> items) {
    }

    /**
     * Every admission of the filter, for a spreadsheet export (named admission records: needs READ_ADMISSIONS and, as a
     * named list, DOWNLOAD_NAMED_LISTS; audited as a download by the caller), in decision date order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Admission> export(AdmissionFilter filter) {
        Caller caller = access.require(Permission.READ_ADMISSIONS, Permission.DOWNLOAD_NAMED_LISTS);
        return admissions.all(patterns(filter, caller), filter, LocalDate.now());
    }

    /** The subtree patterns of every record of the filter's code in the caller's scope (404 if none). */
    private List<String> patterns(AdmissionFilter filter, Caller caller) {
        return scope.records(filter.organizationCode(), caller).stream().map(OrganizationRef::subtreePattern).toList();
    }

    /** Whether an admission of the caller's scope other than {@code ownId} carries the number (others are not seen). */
    private boolean numberUsed(String number, Long ownId, Caller caller) {
        return admissions.decisionNumberPaths(number, ownId).stream().anyMatch(caller::covers);
    }

    private static void requireReason(String reason) {
        if (VietnameseText.clean(reason) == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ghi rõ lý do.", Map.of("reason", "Lý do là bắt buộc."));
        }
    }
}
