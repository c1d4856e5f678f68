package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ptdv.platform.audit.AuditScope;

/** Files audit entries under the caller's scope. */
@ApplicationScoped
public class CallerAuditScope implements AuditScope {

    @Inject
    Access access;

    @Inject
    OrganizationPaths paths;

    @Override
    public String callerPath() {
        try {
            Caller caller = access.caller();
            return caller == null ? null : caller.auditPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String pathOf(String organizationCode) {
        return paths.newestPath(organizationCode);
    }
}
