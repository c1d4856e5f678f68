package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.training.entity.TrainingClass;

/**
 * A class as its services may touch it: in the caller's scope (else the 404 of a class that does not exist, the denial
 * audited), and open and locked for a change. Not transactional on purpose: a refusal thrown here and caught by the
 * caller (an import reports it per row) does not mark the caller's transaction for rollback.
 */
@ApplicationScoped
class ClassAccess {

    @Inject
    ClassRepository classes;

    @Inject
    AuditLog audit;

    TrainingClass find(long id, Caller caller) {
        TrainingClass c = classes.find(id).orElse(null);
        if (c == null || !caller.covers(c.getOrgPath())) {
            if (c != null) {
                audit.denied(caller.username(), "TRAINING_CLASS", "outside scope " + caller.scopeCode());
            }
            throw ProblemException.notFound("Không tìm thấy lớp bồi dưỡng số " + id + ".");
        }
        return c;
    }

    /** The class for a change: in scope, open (else 409), locked. */
    TrainingClass open(long id, Caller caller) {
        TrainingClass c = find(id, caller);
        requireOpen(c);
        lock(c);
        return c;
    }

    static void requireOpen(TrainingClass c) {
        TrainingRules.open(c.getStatus()).ifPresent(m -> {
            throw ProblemException.conflict(m);
        });
    }

    /** The class's version goes up with the change, whatever of it changes (learners, results, ...). */
    void lock(TrainingClass c) {
        classes.lock(c);
        c.touch();
    }
}
