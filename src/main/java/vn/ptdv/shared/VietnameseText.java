package vn.ptdv.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese text helpers: NFC normalisation, diacritics folding for search, and collation for sorting names. */
public final class VietnameseText {

    public static final Locale VI_VN = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /** NFC-normalises the text (null stays null). Every string that enters PTDV passes here. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, trimmed, inner runs of white space collapsed to one space; null or blank gives null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = nfc(text).strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /**
     * Folds text for diacritics-insensitive search: lower case, marks removed, đ → d.
     * "Đảng bộ xã Nậm Mả" → "dang bo xa nam ma".
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    /** A comparator that sorts Vietnamese text the way a Vietnamese reader expects (a, ă, â, b, ..., đ after d). */
    public static Comparator<String> collator() {
        Collator collator = Collator.getInstance(VI_VN);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> collator.compare(nfc(a), nfc(b));
    }
}
