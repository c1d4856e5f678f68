package vn.ptdv.platform.security;

import java.util.List;

/**
 * Who is calling: a signed-in user with a role and an organisation scope, or the system itself (start-up loaders).
 * {@code scopePaths} are the materialised paths of the scope organisation's records: a path inside any of them is in
 * scope.
 */
public record Caller(String username, Role role, String scopeCode, List<String> scopePaths, boolean system) {

    public static final Caller SYSTEM = new Caller("system", Role.SYSTEM_ADMIN, null, List.of(), true);

    /** Whether the whole database is visible (system or system administrator). */
    public boolean unrestricted() {
        return system || role == Role.SYSTEM_ADMIN;
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
}
