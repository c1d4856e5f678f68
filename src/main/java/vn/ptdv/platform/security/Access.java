package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * Access decisions for services: who is calling, whether the role has a permission, whether an organisation lies in
 * the caller's scope. Deny by default: no caller, no permission. Objects outside the scope are reported as not found,
 * with the same message as objects that do not exist.
 */
@ApplicationScoped
public class Access {

    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();

    @Inject
    SecurityContext securityContext;

    @Inject
    UserService users;

    @Inject
    OrganizationPaths paths;

    @Inject
    CallerCache cache;

    @Inject
    AuditLog audit;

    /** Runs start-up work (demo data, migrations of data) as the system itself. */
    public <T> T asSystem(Supplier<T> work) {
        Boolean before = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(before);
            }
        }
    }

    /** The caller, or null for an anonymous request. */
    public Caller caller() {
        if (Boolean.TRUE.equals(SYSTEM.get())) {
            return Caller.SYSTEM;
        }
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (RuntimeException e) {
            principal = null;
        }
        if (principal == null) {
            return null;
        }
        try {
            Caller cached = cache.get();
            if (cached != null && cached.username().equals(principal.getName())) {
                return cached;
            }
        } catch (ContextNotActiveException e) {
            return load(principal.getName());
        }
        Caller loaded = load(principal.getName());
        cache.set(loaded);
        return loaded;
    }

    private Caller load(String username) {
        UserAccount user = users.find(username).orElse(null);
        if (user == null || !user.isEnabled()) {
            return null;
        }
        List<String> scopePaths = paths.scopePathsOf(user.getScopeCode());
        return new Caller(user.getUsername(), user.getRoles(), user.getScopeCode(), scopePaths, false,
                user.isMustChangePassword());
    }

    /** The caller, who must hold the permission: 401 when anonymous, 403 when the role lacks it. */
    public Caller require(Permission permission) {
        Caller caller = caller();
        if (caller == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Cần đăng nhập để thực hiện thao tác này.");
        }
        if (!caller.may(permission)) {
            audit.denied(caller.username(), permission.name(), "roles " + caller.roles());
            Role role = caller.role();
            throw new ProblemException(ProblemType.FORBIDDEN, (role == null ? "Tài khoản không có vai trò nào nên"
                    : "Vai trò " + role.label()) + " không được phép thực hiện thao tác này.");
        }
        return caller;
    }

    /** The caller, who must hold every one of the permissions (checked in order: the first missing one is the 403). */
    public Caller require(Permission permission, Permission... more) {
        Caller caller = require(permission);
        for (Permission p : more) {
            require(p);
        }
        return caller;
    }

    /**
     * Requires the permission and that the organisation path lies in the caller's scope; outside the scope the answer is
     * the same 404 as for an organisation that does not exist.
     */
    public Caller requireInScope(Permission permission, String path, String notFoundMessage) {
        Caller caller = require(permission);
        if (!caller.covers(path)) {
            audit.denied(caller.username(), permission.name(), "outside scope " + caller.scopeCode());
            throw ProblemException.notFound(notFoundMessage);
        }
        return caller;
    }

    /** Whether an organisation code (any of its records) lies in the caller's scope. */
    public boolean covers(Caller caller, String organizationCode) {
        if (caller.unrestricted()) {
            return true;
        }
        return paths.pathsOf(organizationCode).stream().anyMatch(caller::covers);
    }
}
