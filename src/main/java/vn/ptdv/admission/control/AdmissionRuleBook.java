package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.ptdv.admission.api.GeneralEducation;

/**
 * The admission rules as a set of versions, each in force from an effective date (docs/domain.md §1, "version every
 * rule by effective date"): a record is checked by the version in force on its decision date. The versions follow
 * the Politburo's regulations on the Party Statute with the Secretariat's guidance:
 * <ol>
 * <li>{@code 2016}: Quy định 29-QĐ/TW (25/7/2016) and Hướng dẫn 01-HD/TW (20/9/2016), until 29/7/2021;</li>
 * <li>{@code 2021}: Quy định 24-QĐ/TW (30/7/2021) and Hướng dẫn 01-HD/TW (28/9/2021), until 19/01/2025;</li>
 * <li>{@code 2025-01}: Quy định 232-QĐ/TW (20/01/2025, in force on signing) with 01-HD/TW, until 30/6/2025;</li>
 * <li>{@code 2025-07}: Quy định 294-QĐ/TW (26/5/2025, in force 01/7/2025) and Hướng dẫn 06-HD/TW (09/6/2025).</li>
 * </ol>
 * Every value is a configuration entry: the undated key ({@code ptdv.rules.admission.min-age-months}) is the value of
 * every version, and {@code ptdv.rules.admission.<version>.min-age-months} overrides it for one version (e.g.
 * {@code ptdv.rules.admission.2025-07.min-age-months}); {@code ptdv.rules.admission.<version>.effective-from}
 * (ISO date) moves a version's start. As far as the sources available tell, the values did not change between the
 * versions (domain.md §1: "294 keeps the topic [likely same]"), so the shipped values are equal; the dating is there so
 * that a Ban Tổ chức can enter a change against the official texts without a code change, and records keep the rule
 * of their date.
 */
public final class AdmissionRuleBook {

    /** The key prefix of the admission rules. */
    public static final String PREFIX = vn.ptdv.platform.config.PtdvConfig.RULE_VERSION_PREFIX;

    /** One version: its code, effective interval (to = null: open), sources, how sure the values are, the values. */
    public record Version(String code, LocalDate from, LocalDate to, String sources, String confidence,
                          AdmissionRuleSettings settings, int certificateValidityMonths, int decisionWorkingDays,
                          int considerationWorkingDays) {

        public boolean inForceOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        public AdmissionRules rules() {
            return new AdmissionRules(settings);
        }

        public CertificateRule certificateRule() {
            return new CertificateRule(certificateValidityMonths);
        }
    }

    private record Edition(String code, String from, String sources, String confidence) {
    }

    private static final List<Edition> EDITIONS = List.of(
            new Edition("2016", null, "Quy định 29-QĐ/TW (25/7/2016); Hướng dẫn 01-HD/TW (20/9/2016)",
                    "Giá trị như các văn bản sau; áp dụng cho hồ sơ trước 30/7/2021"),
            new Edition("2021", "2021-07-30", "Quy định 24-QĐ/TW (30/7/2021); Hướng dẫn 01-HD/TW (28/9/2021)",
                    "Chắc chắn (tuổi, học vấn, dự bị); giấy chứng nhận 60 tháng theo thực tiễn các tỉnh"),
            new Edition("2025-01", "2025-01-20", "Quy định 232-QĐ/TW (20/01/2025, hiệu lực từ ngày ký); Hướng dẫn 01-HD/TW (28/9/2021)",
                    "Chắc chắn về tuổi và thời hạn ra quyết định; các giá trị khác giữ như 24-QĐ/TW"),
            new Edition("2025-07", "2025-07-01", "Quy định 294-QĐ/TW (26/5/2025, hiệu lực 01/7/2025); Hướng dẫn 06-HD/TW (09/6/2025)",
                    "Có khả năng giữ nguyên (chưa có toàn văn chính thức); cần đối chiếu văn bản gốc"));

    private final List<Version> versions;

    public AdmissionRuleBook(List<Version> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no admission rule version");
        }
        for (Version v : versions) {
            if (v.from() != null && v.to() != null && v.to().isBefore(v.from())) {
                throw new IllegalArgumentException("admission rule version " + v.code() + " ends before it starts");
            }
        }
        for (int i = 1; i < versions.size(); i++) {
            Version prev = versions.get(i - 1);
            Version next = versions.get(i);
            if (next.from() == null || prev.to() == null || !prev.to().plusDays(1).equals(next.from())) {
                throw new IllegalArgumentException("admission rule versions " + prev.code() + " and " + next.code()
                        + " do not follow each other");
            }
        }
        this.versions = List.copyOf(versions);
    }

    /**
     * The versions with their values from configuration ({@code config}: key → value, empty when unset); an unreadable
     * value fails at start-up with the key named.
     */
    public static AdmissionRuleBook fromConfiguration(Function<String, Optional<String>> config) {
        List<LocalDate> starts = new ArrayList<>();
        for (Edition e : EDITIONS) {
            starts.add(config.apply(PREFIX + e.code() + ".effective-from").or(() -> Optional.ofNullable(e.from()))
                    .map(v -> date(PREFIX + e.code() + ".effective-from", v)).orElse(null));
        }
        List<Version> out = new ArrayList<>();
        for (int i = 0; i < EDITIONS.size(); i++) {
            Edition e = EDITIONS.get(i);
            Values values = new Values(config, e.code());
            LocalDate to = i + 1 < EDITIONS.size() ? starts.get(i + 1).minusDays(1) : null;
            AdmissionRuleSettings settings = new AdmissionRuleSettings(values.integer("min-age-months", 216),
                    values.integer("max-age-months", 720),
                    values.education("min-general-education", GeneralEducation.LOWER_SECONDARY),
                    values.education("min-general-education-area-exception", GeneralEducation.PRIMARY),
                    values.integer("probation-months", 12));
            out.add(new Version(e.code(), starts.get(i), to, e.sources(), e.confidence(), settings,
                    values.integer("awareness-certificate-validity-months", 60),
                    values.integer("decision-working-days", 60), values.integer("consideration-working-days", 30)));
        }
        return new AdmissionRuleBook(out);
    }

    /** The version in force on a date (the first one for dates before any start). */
    public Version on(LocalDate date) {
        if (date == null) {
            return current();
        }
        for (Version v : versions) {
            if (v.inForceOn(date)) {
                return v;
            }
        }
        return versions.get(0);
    }

    /** The version in force today. */
    public Version current() {
        return on(LocalDate.now());
    }

    public List<Version> versions() {
        return versions;
    }

    private static LocalDate date(String key, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO date (yyyy-MM-dd): " + value, e);
        }
    }

    /** A version's values: its own key, else the undated key, else the default. */
    private record Values(Function<String, Optional<String>> config, String version) {

        String text(String name) {
            return config.apply(PREFIX + version + "." + name).or(() -> config.apply(PREFIX + name)).map(String::strip)
                    .filter(s -> !s.isEmpty()).orElse(null);
        }

        int integer(String name, int fallback) {
            String v = text(name);
            if (v == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + version + "." + name + " must be a positive whole number: " + v);
            }
        }

        GeneralEducation education(String name, GeneralEducation fallback) {
            String v = text(name);
            if (v == null) {
                return fallback;
            }
            try {
                return GeneralEducation.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + version + "." + name + " must be one of "
                        + java.util.Arrays.toString(GeneralEducation.values()) + ": " + v);
            }
        }
    }
}
