package vn.ptdv.platform.security;

import java.util.List;
import java.util.Set;

/**
 * Who is calling: a signed-in user with roles and an organisation scope, or the system itself (start-up loaders).
 * {@code scopePaths} are the materialised paths of the scope organisation's records: a path inside any of them is in
 * scope. {@code passwordChangeRequired}: the user signed in with a temporary password and may only change it.
 */
public record Caller(String username, Set<Role> roles, String scopeCode, List<String> scopePaths, boolean system,
                     boolean passwordChangeRequired) {

    public static final Caller SYSTEM = new Caller("system", Set.of(Role.SYSTEM_ADMIN), null, List.of(), true, false);

    public Caller {
        roles = Set.copyOf(roles);
        scopePaths = List.copyOf(scopePaths);
    }

    /** The widest role, for labels and messages; permissions come from {@link #may}, which looks at every role. */
    public Role role() {
        return Role.primary(roles);
    }

    /** Whether one of the caller's roles has the permission (the system has every permission). */
    public boolean may(Permission permission) {
        return system || permission.grantedToAny(roles);
    }

    /** The caller's permissions. */
    public Set<Permission> permissions() {
        return system ? Set.of(Permission.values()) : Permission.of(roles);
    }

    /** Whether the whole database is visible (system or system administrator). */
    public boolean unrestricted() {
        return system || roles.contains(Role.SYSTEM_ADMIN);
    }

    /** Whether an organisation record with this path is inside the caller's scope. */
    public boolean covers(String path) {
        if (unrestricted()) {
            return true;
        }
        if (path == null) {
            return false;
        }
        for (String p : scopePaths) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The path under which the caller's audit entries are filed: the newest record of the scope (null: unrestricted). */
    public String auditPath() {
        return unrestricted() || scopePaths.isEmpty() ? null : scopePaths.get(scopePaths.size() - 1);
    }
}
