package vn.ptdv.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** Tài khoản người dùng: a salted PBKDF2 hash, a role, an organisation scope, and the lock-out counters. */
@Entity
@Table(name = "sec_user")
@NamedQuery(name = UserAccount.BY_NAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount {

    public static final String BY_NAME = "UserAccount.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "user_account")
    @TableGenerator(name = "user_account", table = "ptdv_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "user_account", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "user_role", nullable = false, length = 40)
    private Role role;
    @Column(name = "scope_code", length = 64)
    private String scopeCode;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, Role role, String scopeCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.scopeCode = scopeCode;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.passwordChangedAt = createdAt;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void failedSignIn(int maxAttempts, java.time.Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    public void succeededSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public String getScopeCode() {
        return scopeCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
