package vn.ptdv.reporting.boundary;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266 with the RFC 5987/8187 {@code filename*} form):
 * {@code attachment; filename="Bao-cao-2024.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%202024.pdf}. Old clients use
 * the ASCII name, current browsers the UTF-8 one.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** The header value for a file whose real (Vietnamese) name is {@code fileName}. */
    public static String attachment(String fileName) {
        return attachment(asciiFallback(fileName), fileName);
    }

    /** The header value with an explicit ASCII fallback name. */
    public static String attachment(String asciiName, String fileName) {
        String ascii = asciiFallback(asciiName);
        String nfc = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(nfc);
    }

    /**
     * An ASCII name safe inside a quoted string: Vietnamese marks removed (đ → d, Đ → D), every other character that
     * is not a letter, digit, dot, hyphen or underscore becomes a hyphen, runs of hyphens collapse.
     * "Báo cáo kết quả 2024.pdf" → "Bao-cao-ket-qua-2024.pdf".
     */
    public static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ') {
                c = 'd';
            } else if (c == 'Đ') {
                c = 'D';
            }
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
            out.append(safe ? c : '-');
        }
        String slug = out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.[A-Za-z0-9]+$)|-$", "");
        return slug.isEmpty() || slug.startsWith(".") ? "bao-cao" + slug : slug;
    }

    /** RFC 5987 value encoding: attr-char stays, every other UTF-8 byte is %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
