package vn.ptdv.platform.security;

/** Mật khẩu: at least 10 characters, letters and digits, not containing the user name. */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** A Vietnamese explanation of what is wrong, or null when the password is acceptable. */
    public static String check(String password, String username) {
        if (password == null || password.length() < 10) {
            return "Mật khẩu mới phải có ít nhất 10 ký tự.";
        }
        if (password.length() > 200) {
            return "Mật khẩu mới dài tối đa 200 ký tự.";
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            return "Mật khẩu mới phải có cả chữ và số.";
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return "Mật khẩu mới không được chứa tên đăng nhập.";
        }
        return null;
    }
}
