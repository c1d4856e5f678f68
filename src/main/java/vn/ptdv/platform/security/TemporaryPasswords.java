package vn.ptdv.platform.security;

import java.security.SecureRandom;

/**
 * Mật khẩu tạm thời: 14 random characters from letters and digits that cannot be mistaken for each other when read
 * aloud or copied by hand (no 0/O, 1/l/I), always with both letters and digits, so that it meets {@link PasswordPolicy}.
 * About 80 bits of entropy; it works only to choose a new password.
 */
public final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LETTERS + DIGITS;
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        while (true) {
            StringBuilder b = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                b.append(ALL.charAt(RANDOM.nextInt(ALL.length())));
            }
            String candidate = b.toString();
            if (candidate.chars().anyMatch(c -> DIGITS.indexOf(c) >= 0) && candidate.chars().anyMatch(c -> LETTERS.indexOf(c) >= 0)) {
                return candidate;
            }
        }
    }
}
