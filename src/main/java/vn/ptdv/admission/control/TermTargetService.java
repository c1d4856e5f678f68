package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.ptdv.admission.entity.TermTarget;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/** Chỉ tiêu nhiệm kỳ (a target over a term such as 2020–2025), in the caller's scope. */
@ApplicationScoped
@Transactional
public class TermTargetService {

    @Inject
    TargetRepository targets;

    @Inject
    AdmissionScope scope;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** Registers or replaces the term target of the organisation record active in the term's first year. */
    public TermTarget putTermTarget(String code, int fromYear, int toYear, int admissions) {
        TargetRules.term(fromYear, toYear, admissions).throwIfAny();
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        OrganizationRef org = scope.during(code, fromYear, caller);
        Optional<TermTarget> existing = targets.termTarget(org.id(), fromYear, toYear);
        if (!caller.system()) {
            audit.change("TERM_TARGET_SET", "term-target:" + code + "/" + fromYear + "-" + toYear, org.path(),
                    existing.map(e -> "{\"admissions\":" + e.getAdmissions() + "}").orElse(null), "{\"admissions\":" + admissions + "}");
        }
        if (existing.isPresent()) {
            existing.get().set(admissions);
            return existing.get();
        }
        TermTarget t = new TermTarget(org.id(), org.code(), org.path(), fromYear, toYear, admissions);
        targets.persist(t);
        return t;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TermTarget getTermTarget(String code, int fromYear, int toYear) {
        OrganizationRef org = scope.during(code, fromYear, access.require(Permission.READ_AGGREGATES));
        return targets.termTarget(org.id(), fromYear, toYear).orElseThrow(() -> ProblemException.notFound(
                "Tổ chức " + code + " chưa có chỉ tiêu nhiệm kỳ " + fromYear + "–" + toYear + "."));
    }
}
