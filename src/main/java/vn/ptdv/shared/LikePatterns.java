package vn.ptdv.shared;

/**
 * SQL LIKE patterns from what a user typed, with the wildcards {@code %} and {@code _} taken literally: the pattern
 * escapes them with {@code !}, and the query must say {@code LIKE :p ESCAPE '!'} ({@link #ESCAPE}). Portable across
 * Derby and PostgreSQL (whose LIKE otherwise treats a backslash as an escape character and Derby's does not).
 */
public final class LikePatterns {

    /** Append after the pattern parameter: {@code "o.nameFolded LIKE :q" + LikePatterns.ESCAPE}. */
    public static final String ESCAPE = " ESCAPE '!'";

    private LikePatterns() {
    }

    /** The text with !, % and _ escaped. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                b.append('!');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A pattern matching values that contain the text. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
