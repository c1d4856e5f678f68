package vn.ptdv.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import vn.ptdv.platform.rest.Problem;
import vn.ptdv.platform.rest.ProblemType;

/**
 * A temporary password works only to choose a new one: until then every call but the password change itself, the
 * question who is signed in, and signing out answers 403 {@code password-change-required}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeFilter implements ContainerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("auth/password", "auth/me", "auth/logout", "auth/login");

    @Inject
    Access access;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (ALLOWED.contains(path)) {
            return;
        }
        Caller caller = access.caller();
        if (caller != null && caller.passwordChangeRequired()) {
            request.abortWith(Problem.of(ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "Tài khoản đang dùng mật khẩu tạm thời: hãy đổi mật khẩu (POST /ptdv/api/auth/password) trước khi làm việc khác.")
                    .at("/ptdv/api/" + path).toResponse());
        }
    }
}
