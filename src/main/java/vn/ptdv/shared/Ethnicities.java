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
import java.util.Optional;

/**
 * Danh mục dân tộc: the ethnic-group code list of QĐ 1019/QĐ-TCTK (2008), loaded from data, not code
 * (domain.md §7.1 asks for the code system to be kept with every code).
 */
public final class Ethnicities {

    /** The code system of every ethnicity code PTDV stores. */
    public static final String CODE_SYSTEM = "1019/QĐ-TCTK-2008";
    /** Kinh (Việt): everyone else counts as an ethnic minority (dân tộc thiểu số). */
    public static final String KINH = "01";

    private static final Map<String, String> NAMES = load();

    private Ethnicities() {
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Ethnicities.class.getResourceAsStream("ethnicity-1019-2008.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                names.put(parts[0].strip(), VietnameseText.nfc(parts[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }

    /** Every code with its name, in code order. */
    public static Map<String, String> all() {
        return NAMES;
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    /** A code found by its code ("08", "8") or its name, matched without regard to case or diacritics ("Mông", "mong"). */
    public static Optional<String> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String key = codeOrName.strip();
        if (key.chars().allMatch(Character::isDigit) && key.length() <= 2) {
            String padded = key.length() == 1 ? "0" + key : key;
            return NAMES.containsKey(padded) ? Optional.of(padded) : Optional.empty();
        }
        String folded = VietnameseText.fold(key);
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            String name = VietnameseText.fold(e.getValue());
            if (name.equals(folded) || name.replaceAll("\\s*\\(.*\\)", "").equals(folded)
                    || name.replace("-", " ").equals(folded.replace("-", " "))) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    public static boolean isMinority(String code) {
        return code != null && !KINH.equals(code);
    }
}
