package vn.ptdv.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tôn giáo: the religion code list of QĐ 1019/QĐ-TCTK. Party forms record religion as free text, so PTDV stores a name:
 * a known code or a known name (any case, any diacritics) becomes the list's name, other text is kept as written, and
 * "Không" or blank means none.
 */
public final class Religions {

    private static final Map<String, String> NAMES = load();
    private static final Set<String> NONE = Set.of("", "khong", "khong co", "khong ton giao", "none", "-");

    private Religions() {
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Religions.class.getResourceAsStream("religion-1019-2008.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    names.put(parts[0].strip(), VietnameseText.nfc(parts[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }

    public static Map<String, String> all() {
        return NAMES;
    }

    /** The stored form of a religion as given: null for none, the list's name for a code or known name, else the cleaned text. */
    public static String normalise(String codeOrName) {
        String text = VietnameseText.clean(codeOrName);
        if (text == null || NONE.contains(VietnameseText.fold(text))) {
            return null;
        }
        String key = text.length() == 1 && Character.isDigit(text.charAt(0)) ? "0" + text : text;
        if (NAMES.containsKey(key)) {
            return NAMES.get(key);
        }
        String folded = VietnameseText.fold(text);
        for (String name : NAMES.values()) {
            if (VietnameseText.fold(name).equals(folded)) {
                return name;
            }
        }
        return text;
    }
}
