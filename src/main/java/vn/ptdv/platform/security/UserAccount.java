package vn.ptdv.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tài khoản người dùng: a salted PBKDF2 hash, roles, an organisation scope, the lock-out counters, whether the
 * password is a temporary one that must be changed, and a credential version that every disable, reset or change of
 * password increments (sessions and remembered Basic checks carry the version they were opened with).
 */
@Entity
@Table(name = "sec_user")
@NamedQuery(name = UserAccount.BY_NAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount {

    public static final String BY_NAME = "UserAccount.byName";
    public static final String ALL = "UserAccount.all";

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
    /** Role names separated by commas. */
    @Column(name = "roles", nullable = false, length = 300)
    private String roles;
    @Column(name = "scope_code", length = 64)
    private String scopeCode;
    @Column(length = 200)
    private String email;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;
    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, Set<Role> roles, String scopeCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.roles = encode(roles);
        this.scopeCode = scopeCode;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.passwordChangedAt = createdAt;
    }

    static String encode(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void failedSignIn(int maxAttempts, Duration lockFor, Instant now) {
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

    /** A new password chosen by the user: no longer temporary; other sessions end. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
        this.mustChangePassword = false;
        this.credentialVersion++;
    }

    /** The same password, hashed again with the current parameters (no change for the user, sessions stay). */
    public void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    /** A temporary password set by an administrator: it must be changed at the next sign-in; sessions end; unlocked. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = Instant.now();
        this.mustChangePassword = true;
        this.credentialVersion++;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** The new account's password is temporary. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            this.credentialVersion++;
        }
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = encode(roles);
    }

    public void setScopeCode(String scopeCode) {
        this.scopeCode = scopeCode;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public Set<Role> getRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(String::strip).forEach(r -> result.add(Role.valueOf(r)));
        }
        return result;
    }

    /** The widest role (for labels). */
    public Role getRole() {
        return Role.primary(getRoles());
    }

    public String getScopeCode() {
        return scopeCode;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getCredentialVersion() {
        return credentialVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
