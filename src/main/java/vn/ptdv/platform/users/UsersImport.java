package vn.ptdv.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.ImportKind;
import vn.ptdv.platform.imports.ImportSession;
import vn.ptdv.platform.imports.RequestListSession;
import vn.ptdv.platform.imports.RowValues;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.platform.security.Role;

/**
 * Nhập người dùng ({@code POST /ptdv/api/imports/users}): one account per row (tên đăng nhập, họ và tên, vai trò —
 * several separated by ',' or ';' —, mã tổ chức, thư điện tử), checked like {@code POST /ptdv/api/users}, all or none.
 * The committed answer lists each new account's temporary password once, with the address of a spreadsheet of them
 * that can be downloaded once.
 */
@ApplicationScoped
public class UsersImport implements ImportKind {

    private static final List<Column> COLUMNS = List.of(
            Column.required("username", "Tên đăng nhập", "namma.nhaplieu", "Tài khoản", "Username"),
            Column.required("fullName", "Họ và tên", "Lò Thị Hoa", "Họ tên"),
            Column.required("roles", "Vai trò", Role.DATA_ENTRY.label(), "Roles")
                    .withChoices(Arrays.stream(Role.values()).map(Role::label).toList()),
            Column.required("scope", "Mã tổ chức", "LC-VB-NM", "Phạm vi", "Mã tổ chức đảng"),
            Column.optional("email", "Thư điện tử", null, "Email", "E-mail"));

    @Inject
    UserManagement management;

    @Inject
    PasswordSheets sheets;

    @Inject
    Access access;

    @Override
    public String name() {
        return "users";
    }

    @Override
    public String title() {
        return "Người dùng";
    }

    @Override
    public Permission permission() {
        return Permission.MANAGE_USERS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ImportSession open() {
        return new RequestListSession<UserRequest>() {
            private final List<UserManagement.Created> created = new ArrayList<>();

            @Override
            protected UserRequest read(RowValues row, Map<String, String> invalid) {
                String roles = row.text("roles");
                return new UserRequest(row.text("username"), row.text("fullName"),
                        roles == null ? List.of() : Arrays.stream(roles.split("[,;]")).map(String::strip)
                                .filter(s -> !s.isEmpty()).toList(), row.text("scope"), row.text("email"));
            }

            @Override
            protected Map<Integer, Map<String, String>> check(List<UserRequest> requests, IntFunction<String> rowName,
                                                              boolean write) {
                return management.createAll(requests, rowName, write, created);
            }

            @Override
            public Object result() {
                if (created.isEmpty()) {
                    return null;
                }
                List<PasswordSheets.Line> lines = created.stream().map(c -> new PasswordSheets.Line(
                        c.account().getUsername(), c.account().getFullName(), c.account().getScopeCode(),
                        c.temporaryPassword())).toList();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("accounts", lines);
                result.put("passwordSheet", "users/temporary-passwords/"
                        + sheets.put(access.caller().username(), lines) + ".xlsx");
                return result;
            }
        };
    }
}
