package vn.ptdv.platform.users;

import java.time.Instant;
import java.util.List;
import vn.ptdv.platform.security.Role;
import vn.ptdv.platform.security.UserAccount;

/** An account on the wire: never its hash; {@code temporaryPassword} only in the answer that created or reset it. */
public record UserView(String username, String fullName, List<String> roles, List<String> roleLabels, String scope,
                       String email, boolean enabled, boolean passwordChangeRequired, boolean locked, Instant createdAt,
                       String temporaryPassword) {

    static UserView of(UserAccount u, String temporaryPassword) {
        List<Role> roles = u.getRoles().stream().sorted().toList();
        return new UserView(u.getUsername(), u.getFullName(), roles.stream().map(Role::name).toList(),
                roles.stream().map(Role::label).toList(), u.getScopeCode(), u.getEmail(), u.isEnabled(),
                u.isMustChangePassword(), u.lockedAt(Instant.now()), u.getCreatedAt(), temporaryPassword);
    }
}
