package vn.ptdv.shared;

/**
 * The rules every name that PTDV stores and prints must meet: people's names (admissions, learners, users' full names)
 * and organisations' names. No invisible format characters (zero-width spaces and joiners, bidirectional overrides
 * such as U+202E, which make a printed certificate show another name than the one stored), no control characters, and
 * nothing a spreadsheet would run as a formula when an export is opened ({@code =}, {@code +}, {@code -}, {@code @} at
 * the start). A person's name holds only letters, marks, spaces, dots, hyphens and apostrophes.
 */
public final class NameRules {

    /** Longest person name (the columns are 200 characters). */
    public static final int PERSON_NAME_MAX = 200;

    private NameRules() {
    }

    /** What is wrong with a person's name (cleaned by {@link VietnameseText#clean}), in Vietnamese, or null. */
    public static String personName(String name) {
        if (name == null) {
            return "Họ và tên là bắt buộc.";
        }
        if (name.length() > PERSON_NAME_MAX) {
            return "Họ và tên dài tối đa " + PERSON_NAME_MAX + " ký tự.";
        }
        String hidden = hiddenOrFormula(name);
        if (hidden != null) {
            return "Họ và tên " + hidden;
        }
        if (!name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*")) {
            return "Họ và tên chỉ gồm chữ cái, dấu cách, dấu chấm, dấu gạch ngang và dấu nháy.";
        }
        return null;
    }

    /** What is wrong with a person's name that may be left out (a signer's), or null: none given is fine. */
    public static String optionalPersonName(String name) {
        return name == null ? null : personName(name);
    }

    /** What is wrong with an organisation's name (letters, digits and punctuation are fine), or null. */
    public static String organizationName(String name) {
        if (name == null) {
            return "Tên tổ chức là bắt buộc.";
        }
        String hidden = hiddenOrFormula(name);
        return hidden == null ? null : "Tên tổ chức " + hidden;
    }

    /** Whether the text holds an invisible format or control character. */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.UNASSIGNED);
    }

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    private static String hiddenOrFormula(String name) {
        if (hasHiddenCharacters(name)) {
            return "chứa ký tự ẩn hoặc ký tự điều khiển (ví dụ ký tự đảo chiều hiển thị); hãy gõ lại.";
        }
        if (looksLikeFormula(name)) {
            return "không được bắt đầu bằng =, +, - hoặc @ (bảng tính sẽ coi là công thức).";
        }
        return null;
    }
}
