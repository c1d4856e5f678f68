package vn.ptdv.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.OrganizationPaths;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.platform.security.Role;
import vn.ptdv.platform.security.UserAccount;
import vn.ptdv.platform.security.UserService;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.VietnameseText;

/**
 * Quản lý người dùng: accounts created, changed, disabled and given new temporary passwords by administrators within
 * their scope ({@link Delegation}). No account is ever deleted: a person who leaves is disabled and stays in the audit.
 * Every change is audited with the values before and after, filed under the account's organisation.
 */
@ApplicationScoped
public class UserManagement {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    Access access;

    @Inject
    UserService users;

    @Inject
    OrganizationPaths paths;

    @Inject
    AuditLog audit;

    /** A created account and its temporary password (shown once). */
    public record Created(UserAccount account, String temporaryPassword) {
    }

    @Transactional
    public Created create(UserRequest request) {
        Caller manager = access.require(Permission.MANAGE_USERS);
        Violations v = new Violations();
        Set<Role> roles = checkNew(manager, request, v, new HashSet<>());
        v.throwIfAny();
        return persist(request, roles);
    }

    /**
     * Checks a list of new accounts (an import) and, when {@code write} and none has an error, creates them all in this
     * transaction. Errors by index → field → message; the created accounts go into {@code created}.
     */
    @Transactional
    public Map<Integer, Map<String, String>> createAll(List<UserRequest> requests, IntFunction<String> rowName,
                                                       boolean write, List<Created> created) {
        Caller manager = access.require(Permission.MANAGE_USERS);
        Map<Integer, Map<String, String>> errors = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<Set<Role>> roles = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Violations v = new Violations();
            roles.add(checkNew(manager, requests.get(i), v, taken));
            if (!v.isEmpty()) {
                errors.put(i, v.errors());
            }
        }
        if (write && errors.isEmpty()) {
            for (int i = 0; i < requests.size(); i++) {
                created.add(persist(requests.get(i), roles.get(i)));
            }
        }
        return errors;
    }

    private Created persist(UserRequest r, Set<Role> roles) {
        String username = r.username.strip();
        String scope = blank(r.scope);
        String temporary = users.createWithTemporaryPassword(username, VietnameseText.clean(r.fullName), roles, scope,
                blank(r.email));
        UserAccount account = users.find(username).orElseThrow();
        audit.change("USER_CREATED", "user:" + username, paths.newestPath(scope), null, describe(account));
        return new Created(account, temporary);
    }

    private Set<Role> checkNew(Caller manager, UserRequest r, Violations v, Set<String> takenInBatch) {
        String username = blank(r.username);
        if (username == null) {
            v.add("username", "Tên đăng nhập là bắt buộc.");
        } else if (!USERNAME.matcher(username).matches()) {
            v.add("username", "Tên đăng nhập gồm 3–64 chữ thường không dấu, chữ số, dấu chấm, gạch nối hoặc gạch dưới, "
                    + "ví dụ namma.nhaplieu.");
        } else if (!takenInBatch.add(username) || users.find(username).isPresent()) {
            v.add("username", "Tên đăng nhập " + username + " đã có người dùng.");
        }
        checkName(r.fullName, v);
        checkEmail(r.email, v);
        Set<Role> roles = Delegation.roles(r.roles, v);
        String scope = blank(r.scope);
        Delegation.checkGrant(manager, roles, scope, scope == null || visible(manager, scope), v);
        return roles;
    }

    /** Accounts the caller manages, optionally under an organisation and matching a text (name without diacritics or user name). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> list(String under, String q, int limit) {
        Caller manager = access.require(Permission.MANAGE_USERS);
        Predicate<String> inside = memo(code -> visible(manager, code));
        Predicate<String> below;
        String underCode = blank(under);
        if (underCode != null) {
            if (!visible(manager, underCode)) {
                throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + underCode + ".");
            }
            List<String> roots = paths.pathsOf(underCode);
            below = memo(code -> paths.pathsOf(code).stream().anyMatch(p -> roots.stream().anyMatch(p::startsWith)));
        } else {
            below = code -> true;
        }
        String text = VietnameseText.clean(q);
        String folded = text == null ? null : VietnameseText.fold(text);
        return users.all().stream()
                .filter(u -> Delegation.manages(manager, u.getRoles(), u.getScopeCode(), inside))
                .filter(u -> underCode == null || (u.getScopeCode() != null && below.test(u.getScopeCode())))
                .filter(u -> folded == null || VietnameseText.fold(u.getFullName()).contains(folded)
                        || u.getUsername().contains(folded))
                .sorted(Comparator.comparing(UserAccount::getFullName, VietnameseText.collator())
                        .thenComparing(UserAccount::getUsername))
                .limit(limit)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(String username) {
        return managed(access.require(Permission.MANAGE_USERS), username);
    }

    /** Changes full name, e-mail, roles, scope or enabled state; disabling ends the account's sessions at once. */
    @Transactional
    public UserAccount update(String username, UserRequest r) {
        Caller manager = access.require(Permission.MANAGE_USERS);
        UserAccount account = managed(manager, username);
        String before = describe(account);
        String beforePath = paths.newestPath(account.getScopeCode());
        boolean wasEnabled = account.isEnabled();
        Violations v = new Violations();
        if (r.fullName != null) {
            checkName(r.fullName, v);
        }
        if (r.email != null) {
            checkEmail(r.email, v);
        }
        Set<Role> roles = r.roles == null ? account.getRoles() : Delegation.roles(r.roles, v);
        String scope = r.scope == null ? account.getScopeCode() : blank(r.scope);
        boolean enabled = r.enabled == null ? account.isEnabled() : r.enabled;
        boolean grantChanges = !roles.equals(account.getRoles()) || !Objects.equals(scope, account.getScopeCode());
        if (Delegation.selfChangeForbidden(manager, account.getUsername(), grantChanges || enabled != account.isEnabled())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Không ai tự đổi vai trò, phạm vi hoặc tự khóa tài khoản của chính mình; hãy nhờ một quản trị viên khác.");
        }
        if (grantChanges) {
            Delegation.checkGrant(manager, roles, scope, scope == null || visible(manager, scope), v);
        }
        v.throwIfAny();
        if (r.fullName != null) {
            account.setFullName(VietnameseText.clean(r.fullName));
        }
        if (r.email != null) {
            account.setEmail(blank(r.email));
        }
        account.setRoles(roles);
        account.setScopeCode(scope);
        account.setEnabled(enabled);
        String after = describe(account);
        if (!after.equals(before)) {
            String action = enabled == wasEnabled ? "USER_CHANGED" : enabled ? "USER_ENABLED" : "USER_DISABLED";
            audit.change(action, "user:" + account.getUsername(), Objects.requireNonNullElse(paths.newestPath(scope), beforePath),
                    before, after);
        }
        return account;
    }

    /** A new temporary password (shown once); the account's sessions end and it must choose a password at sign-in. */
    @Transactional
    public Created resetPassword(String username) {
        Caller manager = access.require(Permission.MANAGE_USERS);
        UserAccount account = managed(manager, username);
        if (manager.username().equals(account.getUsername())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Đổi mật khẩu của chính mình bằng chức năng đổi mật khẩu (POST /ptdv/api/auth/password).");
        }
        String temporary = users.resetPassword(account);
        audit.change("USER_PASSWORD_RESET", "user:" + account.getUsername(), paths.newestPath(account.getScopeCode()),
                null, null);
        return new Created(account, temporary);
    }

    private UserAccount managed(Caller manager, String username) {
        Predicate<String> inside = code -> visible(manager, code);
        return users.find(username == null ? null : username.strip())
                .filter(u -> Delegation.manages(manager, u.getRoles(), u.getScopeCode(), inside))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy người dùng " + username + "."));
    }

    /** The organisation code exists and lies inside the manager's scope. */
    private boolean visible(Caller manager, String code) {
        List<String> p = paths.pathsOf(code);
        return !p.isEmpty() && (manager.unrestricted() || p.stream().anyMatch(manager::covers));
    }

    private static void checkName(String fullName, Violations v) {
        String problem = NameRules.personName(VietnameseText.clean(fullName));
        if (problem != null) {
            v.add("fullName", problem);
        }
    }

    private static void checkEmail(String email, Violations v) {
        String e = blank(email);
        if (e != null && (e.length() > 200 || !EMAIL.matcher(e).matches() || NameRules.hasHiddenCharacters(e))) {
            v.add("email", "Địa chỉ thư điện tử không hợp lệ (ví dụ ten@bantochuc.vn, tối đa 200 ký tự).");
        }
    }

    private static String describe(UserAccount u) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("fullName", u.getFullName());
        var roles = Json.createArrayBuilder();
        u.getRoles().stream().sorted().forEach(r -> roles.add(r.name()));
        b.add("roles", roles);
        if (u.getScopeCode() == null) {
            b.addNull("scope");
        } else {
            b.add("scope", u.getScopeCode());
        }
        if (u.getEmail() == null) {
            b.addNull("email");
        } else {
            b.add("email", u.getEmail());
        }
        return b.add("enabled", u.isEnabled()).build().toString();
    }

    private static String blank(String s) {
        String t = s == null ? null : s.strip();
        return t == null || t.isEmpty() ? null : t;
    }

    private static <T> Predicate<T> memo(Predicate<T> p) {
        Map<T, Boolean> seen = new HashMap<>();
        return t -> seen.computeIfAbsent(t, p::test);
    }
}
