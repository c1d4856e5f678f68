package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * The credentials of user accounts: sign-in checks with lock-out, password changes and resets, creation. What an
 * account may do and who may change it is {@code platform.users}; this class only keeps the secrets right.
 */
@ApplicationScoped
public class UserService {

    /** The outcome of a sign-in attempt. */
    public enum SignIn { OK, BAD_CREDENTIALS, LOCKED }

    /** Hashed once, so that a sign-in of an unknown or locked account costs what a real check costs. */
    private static final String DUMMY_HASH = PasswordHashes.hash("not-a-password-0".toCharArray());

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_MAX_FAILED_SIGN_INS, defaultValue = "5")
    int maxFailed;

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_LOCK_MINUTES, defaultValue = "15")
    int lockMinutes;

    @Inject
    OrganizationPaths paths;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_NAME, UserAccount.class).setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    /** Every account, by user name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    /**
     * Checks the password; counts failures and locks the account after too many. Failures are audited under the
     * account's organisation. A locked account costs the same hashing time as any other, and the caller answers it
     * like a wrong password (no way to tell a locked account from an unknown one).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignIn signIn(String username, char[] password) {
        Instant now = Instant.now();
        UserAccount user = find(username).orElse(null);
        if (user == null || !user.isEnabled()) {
            PasswordHashes.verify(password, DUMMY_HASH);
            audit.signInFailed(username, null, "unknown or disabled account");
            return SignIn.BAD_CREDENTIALS;
        }
        String orgPath = paths.newestPath(user.getScopeCode());
        if (user.lockedAt(now)) {
            PasswordHashes.verify(password, DUMMY_HASH);
            audit.signInFailed(username, orgPath, "account locked");
            return SignIn.LOCKED;
        }
        if (!PasswordHashes.verify(password, user.getPasswordHash())) {
            user.failedSignIn(maxFailed, Duration.ofMinutes(lockMinutes), now);
            audit.signInFailed(username, orgPath, user.lockedAt(now) ? "wrong password; account locked" : "wrong password");
            return user.lockedAt(now) ? SignIn.LOCKED : SignIn.BAD_CREDENTIALS;
        }
        if (PasswordHashes.needsRehash(user.getPasswordHash())) {
            user.rehash(PasswordHashes.hash(password));
        }
        user.succeededSignIn();
        return SignIn.OK;
    }

    /** An account with a password the person chose (demo users, the first administrator). */
    @Transactional
    public UserAccount create(String username, String password, String fullName, Set<Role> roles, String scopeCode) {
        return createHashed(username, PasswordHashes.hash(password.toCharArray()), fullName, roles, scopeCode);
    }

    /** A hash of the password as {@link #createHashed} takes it (600.000 iterations, a random salt). */
    public String passwordHash(String password) {
        return PasswordHashes.hash(password.toCharArray());
    }

    /**
     * An account whose password is given as a hash of {@link #passwordHash} (the demo users, who share one
     * password: it is hashed once for all of them). A hash with fewer than {@link PasswordHashes#ITERATIONS}
     * iterations, or not of our encoding, is refused.
     */
    @Transactional
    public UserAccount createHashed(String username, String passwordHash, String fullName, Set<Role> roles,
                                    String scopeCode) {
        if (PasswordHashes.needsRehash(passwordHash)) {
            throw new IllegalArgumentException("Not a password hash of " + PasswordHashes.ITERATIONS + " iterations");
        }
        if (find(username).isPresent()) {
            throw ProblemException.conflict("Tên đăng nhập " + username + " đã tồn tại.");
        }
        UserAccount account = new UserAccount(username, passwordHash, fullName, roles, scopeCode);
        em.persist(account);
        return account;
    }

    /** An account with a new temporary password, which is returned (and stored only as its hash). */
    @Transactional
    public String createWithTemporaryPassword(String username, String fullName, Set<Role> roles, String scopeCode,
                                              String email) {
        String temporary = TemporaryPasswords.generate();
        UserAccount account = create(username, temporary, fullName, roles, scopeCode);
        account.setEmail(email);
        account.requirePasswordChange();
        return temporary;
    }

    /** A new temporary password for the account (returned once); its sessions and remembered checks end. */
    @Transactional
    public String resetPassword(UserAccount account) {
        String temporary = TemporaryPasswords.generate();
        account.resetPassword(PasswordHashes.hash(temporary.toCharArray()));
        return temporary;
    }

    /** The user's own change: the current password, the policy; returns the new credential version. */
    @Transactional
    public int changePassword(String username, char[] current, char[] next) {
        UserAccount user = find(username).orElseThrow(() -> ProblemException.notFound("Không tìm thấy tài khoản."));
        if (!PasswordHashes.verify(current, user.getPasswordHash())) {
            throw new ProblemException(ProblemType.VALIDATION, "Mật khẩu hiện tại không đúng.",
                    Map.of("currentPassword", "Mật khẩu hiện tại không đúng."));
        }
        String problem = PasswordPolicy.check(new String(next), username);
        if (problem == null && PasswordHashes.verify(next, user.getPasswordHash())) {
            problem = "Mật khẩu mới phải khác mật khẩu hiện tại.";
        }
        if (problem != null) {
            throw new ProblemException(ProblemType.VALIDATION, problem, Map.of("newPassword", problem));
        }
        user.changePassword(PasswordHashes.hash(next));
        audit.change("PASSWORD_CHANGED", "user:" + username, paths.newestPath(user.getScopeCode()), null, null);
        return user.getCredentialVersion();
    }
}
