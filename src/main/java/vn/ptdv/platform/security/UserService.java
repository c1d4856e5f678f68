package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/** User accounts: sign-in checks with lock-out, password changes, creation (demo users, administrators). */
@ApplicationScoped
public class UserService {

    /** The outcome of a sign-in attempt. */
    public enum SignIn { OK, BAD_CREDENTIALS, LOCKED }

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_MAX_FAILED_SIGN_INS, defaultValue = "5")
    int maxFailed;

    @Inject
    @ConfigProperty(name = PtdvConfig.SECURITY_LOCK_MINUTES, defaultValue = "15")
    int lockMinutes;

    private volatile boolean initialised;
    private String dummyHash;

    private synchronized void init() {
        if (!initialised) {
            hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "120000",
                    "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                    "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
            dummyHash = hash.generate("not-a-password-0".toCharArray());
            initialised = true;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_NAME, UserAccount.class).setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    /** Checks the password; counts failures and locks the account after too many. Failures are audited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignIn signIn(String username, char[] password) {
        init();
        Instant now = Instant.now();
        UserAccount user = find(username).orElse(null);
        if (user == null || !user.isEnabled()) {
            // spend the same time as a real check, so that response times do not reveal which names exist
            hash.verify(password, dummyHash);
            audit.signInFailed(username, "unknown or disabled account");
            return SignIn.BAD_CREDENTIALS;
        }
        if (user.lockedAt(now)) {
            audit.signInFailed(username, "account locked");
            return SignIn.LOCKED;
        }
        if (!hash.verify(password, user.getPasswordHash())) {
            user.failedSignIn(maxFailed, Duration.ofMinutes(lockMinutes), now);
            audit.signInFailed(username, user.lockedAt(now) ? "wrong password; account locked" : "wrong password");
            return user.lockedAt(now) ? SignIn.LOCKED : SignIn.BAD_CREDENTIALS;
        }
        user.succeededSignIn();
        return SignIn.OK;
    }

    @Transactional
    public void create(String username, String password, String fullName, Role role, String scopeCode) {
        init();
        if (find(username).isPresent()) {
            throw ProblemException.conflict("Tên đăng nhập " + username + " đã tồn tại.");
        }
        em.persist(new UserAccount(username, hash.generate(password.toCharArray()), fullName, role, scopeCode));
    }

    @Transactional
    public void changePassword(String username, char[] current, char[] next) {
        init();
        UserAccount user = find(username).orElseThrow(() -> ProblemException.notFound("Không tìm thấy tài khoản."));
        if (!hash.verify(current, user.getPasswordHash())) {
            throw new ProblemException(ProblemType.VALIDATION, "Mật khẩu hiện tại không đúng.",
                    Map.of("currentPassword", "Mật khẩu hiện tại không đúng."));
        }
        String problem = PasswordPolicy.check(new String(next), username);
        if (problem != null) {
            throw new ProblemException(ProblemType.VALIDATION, problem, Map.of("newPassword", problem));
        }
        user.changePassword(hash.generate(next));
        audit.change("PASSWORD_CHANGED", "user:" + username, null, null, null);
    }

}
