package vn.ptdv.platform.users;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.Spreadsheets;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;

/**
 * Người dùng: {@code /ptdv/api/users} for administrators, within their scope. A new account and a password reset answer
 * with a temporary password, once; it is stored only as a hash and works only to choose a new password.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Người dùng")
public class UsersResource {

    static final List<Column> SHEET_COLUMNS = List.of(
            Column.required("username", "Tên đăng nhập", null),
            Column.required("fullName", "Họ và tên", null),
            Column.optional("scope", "Mã tổ chức", null),
            Column.required("temporaryPassword", "Mật khẩu tạm thời", null));

    @Inject
    UserManagement management;

    @Inject
    PasswordSheets sheets;

    @Inject
    Access access;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Người dùng trong phạm vi (under=mã tổ chức; q: tìm theo tên, có hoặc không dấu)")
    public List<UserView> list(@QueryParam("under") String under, @QueryParam("q") String q,
                               @QueryParam("limit") @DefaultValue("500") int limit) {
        return management.list(under, q, Params.limit(limit, 5000)).stream().map(u -> UserView.of(u, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo tài khoản; trả về mật khẩu tạm thời một lần duy nhất")
    public Response create(UserRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Thiếu nội dung yêu cầu (JSON).", Map.of("body", "Bắt buộc"));
        }
        UserManagement.Created c = management.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(c.account().getUsername()).build())
                .entity(UserView.of(c.account(), c.temporaryPassword())).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Một người dùng")
    public UserView get(@PathParam("username") String username) {
        return UserView.of(management.get(username), null);
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi họ tên, thư điện tử, vai trò, phạm vi hoặc khóa/mở tài khoản (enabled)")
    public UserView update(@PathParam("username") String username, UserRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Thiếu nội dung yêu cầu (JSON).", Map.of("body", "Bắt buộc"));
        }
        return UserView.of(management.update(username, request), null);
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Cấp mật khẩu tạm thời mới (trả về một lần); các phiên đăng nhập của tài khoản kết thúc")
    public UserView resetPassword(@PathParam("username") String username) {
        UserManagement.Created c = management.resetPassword(username);
        return UserView.of(c.account(), c.temporaryPassword());
    }

    @GET
    @Path("temporary-passwords/{token}")
    @Produces(Spreadsheets.XLSX)
    @Operation(summary = "Bảng tính mật khẩu tạm thời của một lần nhập người dùng (tải được một lần)")
    public Response passwordSheet(@PathParam("token") String token) {
        String owner = access.require(Permission.MANAGE_USERS).username();
        List<PasswordSheets.Line> lines = sheets.take(owner, token == null ? null : token.replaceFirst("\\.xlsx$", ""));
        if (lines == null) {
            throw ProblemException.notFound("Bảng mật khẩu tạm thời không còn: mỗi bảng chỉ tải được một lần, trong 30 phút "
                    + "sau khi nhập, bởi người đã nhập. Nếu cần, hãy cấp lại mật khẩu tạm thời cho từng người.");
        }
        StreamingOutput out = o -> Spreadsheets.export(SHEET_COLUMNS, lines.stream().map(l -> {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("username", l.username());
            m.put("fullName", l.fullName());
            m.put("scope", l.scope());
            m.put("temporaryPassword", l.temporaryPassword());
            return m;
        }).iterator(), o);
        return Response.ok(out, Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"mat-khau-tam-thoi.xlsx\"").build();
    }
}
