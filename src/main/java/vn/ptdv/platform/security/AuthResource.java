package vn.ptdv.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/** Sign-in, sign-out, the signed-in user and password change: {@code /ptdv/api/auth}. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đăng nhập")
public class AuthResource {

    @Inject
    Access access;

    @Inject
    UserService users;

    @Inject
    PtdvAuthenticationMechanism mechanism;

    @Context
    HttpServletRequest request;

    /** Body of a password change. */
    public static final class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đăng nhập bằng {username, password}; mở phiên cho các trang web")
    public Map<String, Object> login() {
        // the authentication mechanism has checked the credentials before this method runs
        return me();
    }

    @GET
    @Path("me")
    @Operation(summary = "Người dùng đang đăng nhập: vai trò, quyền, phạm vi tổ chức, có phải đổi mật khẩu không")
    public Map<String, Object> me() {
        Caller caller = access.caller();
        if (caller == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Chưa đăng nhập.");
        }
        UserAccount user = users.find(caller.username()).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.getUsername());
        body.put("fullName", user.getFullName());
        Role role = user.getRole();
        body.put("role", role == null ? null : role.name());
        body.put("roleLabel", role == null ? "" : role.label());
        body.put("roles", user.getRoles().stream().map(Role::name).toList());
        body.put("scope", user.getScopeCode());
        body.put("permissions", caller.permissions().stream().map(Permission::name).toList());
        body.put("grantableRoles", java.util.Arrays.stream(Role.values())
                .filter(r -> caller.may(Permission.MANAGE_USERS) && r.grantableBy(caller.roles()))
                .map(r -> Map.of("code", r.name(), "label", r.label())).toList());
        body.put("seesPersonalData", user.getRoles().stream().anyMatch(Role::seesPersonalData));
        body.put("passwordChangeRequired", user.isMustChangePassword());
        return body;
    }

    @POST
    @Path("logout")
    @Operation(summary = "Đăng xuất (kết thúc phiên)")
    public Response logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi mật khẩu của người đang đăng nhập (kết thúc các phiên khác của tài khoản)")
    public Response changePassword(PasswordChange change) {
        Caller caller = access.caller();
        if (caller == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Chưa đăng nhập.");
        }
        if (change == null || change.currentPassword == null || change.newPassword == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần currentPassword và newPassword.",
                    Map.of("newPassword", "Bắt buộc"));
        }
        int version = users.changePassword(caller.username(), change.currentPassword.toCharArray(),
                change.newPassword.toCharArray());
        mechanism.keepSession(request, version);
        return Response.noContent().build();
    }
}
