package vn.ptdv.platform.imports;

import vn.ptdv.shared.VietnameseText;

/** Header matching: "Họ và tên", "HỌ VÀ TÊN", "ho va ten" and "Họ  và\ntên" all give the key "hovaten". */
public final class HeaderNames {

    private HeaderNames() {
    }

    /** Lower case, diacritics removed (đ → d), everything but letters and digits dropped. */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String folded = VietnameseText.fold(header.replace('\u00A0', ' '));
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
