package vn.ptdv.platform.users;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Role;

/**
 * Phân cấp quản lý tài khoản: who may give which account what. Pure (the scope check is given as a predicate), so every
 * rule has a unit test.
 * <ul>
 * <li>A manager (MANAGE_USERS) manages only accounts whose scope lies inside their own scope, and only accounts whose
 * roles they could grant themselves (an administrator does not touch a system administrator).</li>
 * <li>A manager grants only roles whose every permission they hold: only a system administrator grants system
 * administration, and an administrator's new administrators have a scope inside the administrator's own, never a
 * wider one.</li>
 * <li>Nobody changes their own roles, scope or enabled state (a second person does).</li>
 * <li>Every role but system administration needs a scope; a system administrator has none (every tree).</li>
 * </ul>
 */
final class Delegation {

    private Delegation() {
    }

    /** Roles by code or Vietnamese label; unknown ones are errors on {@code roles}. */
    static Set<Role> roles(List<String> given, Violations v) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> unknown = new ArrayList<>();
        for (String g : given == null ? List.<String>of() : given) {
            Role r = role(g);
            if (r == null) {
                unknown.add(g);
            } else {
                roles.add(r);
            }
        }
        if (!unknown.isEmpty()) {
            v.add("roles", "Vai trò không có: " + String.join(", ", unknown) + "; có: " + String.join(", ",
                    java.util.Arrays.stream(Role.values()).map(r -> r.name() + " (" + r.label() + ")").toList()) + ".");
        } else if (roles.isEmpty()) {
            v.add("roles", "Cần ít nhất một vai trò.");
        }
        return roles;
    }

    static Role role(String codeOrLabel) {
        if (codeOrLabel == null) {
            return null;
        }
        String key = vn.ptdv.platform.imports.HeaderNames.key(codeOrLabel);
        for (Role r : Role.values()) {
            if (key.equals(vn.ptdv.platform.imports.HeaderNames.key(r.name()))
                    || key.equals(vn.ptdv.platform.imports.HeaderNames.key(r.label()))) {
                return r;
            }
        }
        return null;
    }

    /** Whether the manager may see and manage an existing account at all (outside: answered like a missing account). */
    static boolean manages(Caller manager, Set<Role> accountRoles, String accountScope, Predicate<String> insideScope) {
        if (manager.unrestricted()) {
            return true;
        }
        if (accountScope == null || !insideScope.test(accountScope)) {
            return false;
        }
        return accountRoles.stream().allMatch(r -> r.grantableBy(manager.roles()));
    }

    /**
     * Checks a grant of roles at a scope; {@code scopeVisible}: the scope code exists and lies inside the manager's scope
     * (an organisation outside it is answered like one that does not exist).
     */
    static void checkGrant(Caller manager, Set<Role> roles, String scope, boolean scopeVisible, Violations v) {
        for (Role r : roles) {
            if (!manager.system() && !r.grantableBy(manager.roles())) {
                v.add("roles", "Không thể cấp vai trò " + r.label() + ": người cấp phải có mọi quyền của vai trò đó"
                        + (r == Role.SYSTEM_ADMIN ? " (chỉ quản trị hệ thống cấp vai trò quản trị hệ thống)." : "."));
            }
        }
        boolean systemAdmin = roles.contains(Role.SYSTEM_ADMIN);
        if (scope == null) {
            if (!systemAdmin && !roles.isEmpty()) {
                v.add("scope", "Phạm vi (mã tổ chức đảng) là bắt buộc với vai trò này.");
            }
        } else if (!scopeVisible) {
            v.add("scope", "Không tìm thấy tổ chức đảng có mã " + scope + ".");
        }
    }

    /** The manager is changing their own account: only the full name and e-mail address may change. */
    static boolean selfChangeForbidden(Caller manager, String username, boolean changesRolesScopeOrState) {
        return manager.username().equals(username) && changesRolesScopeOrState;
    }
}
