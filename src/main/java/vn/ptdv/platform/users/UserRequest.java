package vn.ptdv.platform.users;

import java.util.List;

/**
 * A new account ({@code POST /ptdv/api/users}) or the changes to one ({@code PUT /ptdv/api/users/{username}}; absent
 * members stay as they are). Roles by code (DATA_ENTRY) or Vietnamese label (Nhập liệu); scope by organisation code.
 */
public class UserRequest {
    public String username;
    public String fullName;
    public List<String> roles;
    public String scope;
    public String email;
    public Boolean enabled;

    public UserRequest() {
    }

    UserRequest(String username, String fullName, List<String> roles, String scope, String email) {
        this.username = username;
        this.fullName = fullName;
        this.roles = roles;
        this.scope = scope;
        this.email = email;
    }
}
