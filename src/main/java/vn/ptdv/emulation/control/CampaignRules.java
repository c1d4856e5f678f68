package vn.ptdv.emulation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.platform.rest.Violations;

/**
 * Checks a campaign definition and turns its criteria (data) into typed {@link Criterion} values. Every error is
 * reported with its field path ({@code tiers[0].criteria[1].parameters.percent}) and a Vietnamese message; a pure
 * class, so the rules are unit-tested without a container.
 */
public final class CampaignRules {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private CampaignRules() {
    }

    /** Every error of the definition (empty when it is valid). */
    public static Violations check(CampaignDefinition d) {
        Violations v = new Violations();
        v.check(d.code() != null && CODE.matcher(d.code()).matches(), "code",
                "Mã phong trào là bắt buộc: chữ in hoa không dấu, chữ số và dấu gạch ngang, 2–64 ký tự (ví dụ LC-PTDV-2024).");
        v.check(notBlank(d.organizationCode()), "organizationCode", "Mã tổ chức phát động là bắt buộc.");
        v.check(notBlank(d.planNumber()) && d.planNumber().length() <= 60, "planNumber",
                "Số kế hoạch/quyết định phát động là bắt buộc (tối đa 60 ký tự).");
        v.check(notBlank(d.name()) && d.name().length() <= 500, "name", "Tên phong trào là bắt buộc (tối đa 500 ký tự).");
        checkYear(v, "fromYear", d.fromYear(), "Năm bắt đầu");
        checkYear(v, "toYear", d.toYear(), "Năm kết thúc");
        if (d.fromYear() != null && d.toYear() != null && d.fromYear() > d.toYear()) {
            v.add("toYear", "Năm kết thúc không được trước năm bắt đầu.");
        }
        if (d.participantKinds() == null || d.participantKinds().isEmpty()) {
            v.add("participantKinds", "Cần chọn ít nhất một loại tổ chức tham gia (ví dụ GRASSROOTS_COMMITTEE, CELL).");
        } else {
            for (int i = 0; i < d.participantKinds().size(); i++) {
                String k = d.participantKinds().get(i);
                if (k == null || Arrays.stream(OrganizationKind.values()).noneMatch(o -> o.name().equals(k))) {
                    v.add("participantKinds[" + i + "]", "Loại tổ chức \"" + k + "\" không tồn tại; dùng một trong: "
                            + names(OrganizationKind.values()) + ".");
                }
            }
        }
        checkRoute(v, d);
        if (d.tiers() == null || d.tiers().isEmpty()) {
            v.add("tiers", "Cần ít nhất một hình thức khen thưởng.");
            return v;
        }
        for (int t = 0; t < d.tiers().size(); t++) {
            CampaignDefinition.Tier tier = d.tiers().get(t);
            String at = "tiers[" + t + "]";
            if (tier == null) {
                v.add(at, "Hình thức khen thưởng không được để trống.");
                continue;
            }
            v.check(notBlank(tier.name()) && tier.name().length() <= 300, at + ".name",
                    "Tên hình thức khen thưởng là bắt buộc (tối đa 300 ký tự).");
            v.check(tier.quota() == null || tier.quota() >= 0, at + ".quota", "Số lượng khen thưởng (quota) không được âm.");
            if (tier.criteria() == null || tier.criteria().isEmpty()) {
                v.add(at + ".criteria", "Mỗi hình thức khen thưởng cần ít nhất một tiêu chí.");
                continue;
            }
            for (int c = 0; c < tier.criteria().size(); c++) {
                checkCriterion(v, at + ".criteria[" + c + "]", tier.criteria().get(c));
            }
        }
        return v;
    }

    /**
     * Tuyến và thủ tục khen thưởng: PARTY or STATE, FULL or SIMPLIFIED; the simplified procedure exists only on the
     * state route (Luật Thi đua, khen thưởng 2022, Điều 85; the party's guidance has none), and the state route names
     * its awarding authority. Null route or procedure: the defaults (PARTY, FULL) or, on an update, unchanged.
     */
    static void checkRoute(Violations v, CampaignDefinition d) {
        String route = route(d.route());
        String procedure = procedure(d.procedure());
        if (!CampaignDefinition.PARTY.equals(route) && !CampaignDefinition.STATE.equals(route)) {
            v.add("route", "Tuyến khen thưởng \"" + d.route() + "\" không tồn tại; dùng PARTY (khen thưởng trong Đảng)"
                    + " hoặc STATE (khen thưởng Nhà nước).");
            return;
        }
        if (!CampaignDefinition.FULL.equals(procedure) && !CampaignDefinition.SIMPLIFIED.equals(procedure)) {
            v.add("procedure", "Thủ tục \"" + d.procedure() + "\" không tồn tại; dùng FULL (thủ tục đầy đủ) hoặc"
                    + " SIMPLIFIED (thủ tục đơn giản).");
        } else if (CampaignDefinition.SIMPLIFIED.equals(procedure) && CampaignDefinition.PARTY.equals(route)) {
            v.add("procedure", "Thủ tục đơn giản chỉ áp dụng cho khen thưởng Nhà nước (Điều 85 Luật Thi đua, khen thưởng"
                    + " 2022); khen thưởng trong Đảng theo thủ tục đầy đủ.");
        }
        boolean state = CampaignDefinition.STATE.equals(route);
        if (state && !notBlank(d.grantingBody())) {
            v.add("grantingBody", "Khen thưởng Nhà nước cần cơ quan quyết định khen thưởng, ví dụ Ủy ban nhân dân tỉnh"
                    + " Lào Cai (Chủ tịch Ủy ban nhân dân ký quyết định).");
        } else if (d.grantingBody() != null && d.grantingBody().strip().length() > 300) {
            v.add("grantingBody", "Tên cơ quan quyết định khen thưởng dài tối đa 300 ký tự.");
        }
        if (d.grantingSigner() != null && d.grantingSigner().strip().length() > 200) {
            v.add("grantingSigner", "Họ tên người ký dài tối đa 200 ký tự.");
        }
        if (!state && (notBlank(d.grantingBody()) || notBlank(d.grantingSigner()))) {
            v.add("grantingBody", "Cơ quan và người ký quyết định Nhà nước chỉ dùng cho tuyến STATE; khen thưởng trong Đảng"
                    + " do cấp ủy phát động phong trào quyết định.");
        }
    }

    /** The route asked, PARTY when none. */
    static String route(String route) {
        return route == null || route.isBlank() ? CampaignDefinition.PARTY : route.strip();
    }

    /** The procedure asked, FULL when none. */
    static String procedure(String procedure) {
        return procedure == null || procedure.isBlank() ? CampaignDefinition.FULL : procedure.strip();
    }

    private static void checkCriterion(Violations v, String at, CampaignDefinition.Criterion c) {
        if (c == null) {
            v.add(at, "Tiêu chí không được để trống.");
            return;
        }
        CriterionType type = typeOf(c.type());
        if (type == null) {
            v.add(at + ".type", "Loại tiêu chí \"" + c.type() + "\" không được hỗ trợ; dùng một trong: "
                    + names(CriterionType.values()) + ".");
            return;
        }
        Map<String, Object> p = c.parameters() == null ? Map.of() : c.parameters();
        for (String name : p.keySet()) {
            if (!type.parameters().contains(name)) {
                v.add(at + ".parameters." + name, "Tiêu chí " + type.name() + " không có tham số \"" + name + "\""
                        + (type.parameters().isEmpty() ? " (không cần tham số)." : "; tham số hợp lệ: "
                        + String.join(", ", type.parameters()) + "."));
            }
        }
        String base = at + ".parameters.";
        switch (type) {
            case TARGET_RATIO_AT_LEAST -> {
                BigDecimal percent = number(v, base + "percent", p.get("percent"), "Tỷ lệ phần trăm (percent)");
                if (percent != null && percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
                    v.add(base + "percent", "Tỷ lệ phần trăm (percent) không được vượt quá 1000.");
                }
            }
            case ADMITTED_AT_LEAST -> whole(v, base + "count", p.get("count"), "Số đảng viên (count)");
            case GROUP_ADMITTED_AT_LEAST -> {
                whole(v, base + "count", p.get("count"), "Số đảng viên (count)");
                Object g = p.get("group");
                if (g == null) {
                    v.add(base + "group", "Thiếu tham số group (nhóm): " + names(AdmittedGroup.values()) + ".");
                } else if (!(g instanceof String s) || Arrays.stream(AdmittedGroup.values()).noneMatch(x -> x.name().equals(s))) {
                    v.add(base + "group", "Nhóm \"" + g + "\" không tồn tại; dùng một trong: " + names(AdmittedGroup.values()) + ".");
                }
            }
            case TARGET_REGISTERED_BY -> {
                Object d = p.get("date");
                if (d == null) {
                    v.add(base + "date", "Thiếu tham số date (hạn đăng ký, dạng YYYY-MM-DD).");
                } else if (!(d instanceof String s) || parseDate(s) == null) {
                    v.add(base + "date", "Tham số date phải là ngày dạng YYYY-MM-DD, ví dụ 2024-03-31.");
                }
            }
            case QUALITY_RATING_AT_LEAST -> {
                Object r = p.get("rating");
                if (r == null) {
                    v.add(base + "rating", "Thiếu tham số rating (mức xếp loại): " + names(QualityRating.values()) + ".");
                } else if (!(r instanceof String s) || Arrays.stream(QualityRating.values()).noneMatch(x -> x.name().equals(s))) {
                    v.add(base + "rating", "Mức xếp loại \"" + r + "\" không tồn tại; dùng một trong: "
                            + names(QualityRating.values()) + ".");
                }
            }
            case NO_DISCIPLINE, NO_UNRESOLVED_VIOLATION -> {
                // no parameters
            }
        }
    }

    /** The typed criterion of a definition that {@link #check} accepted. */
    public static Criterion parse(CampaignDefinition.Criterion c) {
        CriterionType type = CriterionType.valueOf(c.type());
        Map<String, Object> p = c.parameters() == null ? Map.of() : c.parameters();
        return switch (type) {
            case TARGET_RATIO_AT_LEAST -> new Criterion(type, toDecimal(p.get("percent")), null, null, null, null);
            case ADMITTED_AT_LEAST -> new Criterion(type, null, toDecimal(p.get("count")).longValueExact(), null, null, null);
            case GROUP_ADMITTED_AT_LEAST -> new Criterion(type, null, toDecimal(p.get("count")).longValueExact(),
                    AdmittedGroup.valueOf((String) p.get("group")), null, null);
            case TARGET_REGISTERED_BY -> new Criterion(type, null, null, null, parseDate((String) p.get("date")), null);
            case QUALITY_RATING_AT_LEAST -> new Criterion(type, null, null, null, null,
                    QualityRating.valueOf((String) p.get("rating")));
            case NO_DISCIPLINE, NO_UNRESOLVED_VIOLATION -> Criterion.of(type);
        };
    }

    /** The typed tiers of a valid definition, in order (highest first). */
    public static List<EligibilityEvaluator.TierSpec> tiers(CampaignDefinition d) {
        List<EligibilityEvaluator.TierSpec> result = new ArrayList<>();
        for (CampaignDefinition.Tier t : d.tiers()) {
            result.add(new EligibilityEvaluator.TierSpec(t.name(), t.quota(),
                    t.criteria().stream().map(CampaignRules::parse).toList()));
        }
        return result;
    }

    private static CriterionType typeOf(String name) {
        return Arrays.stream(CriterionType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static BigDecimal number(Violations v, String field, Object value, String label) {
        if (value == null) {
            v.add(field, "Thiếu tham số " + label + ".");
            return null;
        }
        BigDecimal d = toDecimal(value);
        if (d == null) {
            v.add(field, label + " phải là một số.");
            return null;
        }
        if (d.signum() < 0) {
            v.add(field, label + " không được âm.");
            return null;
        }
        return d;
    }

    private static void whole(Violations v, String field, Object value, String label) {
        BigDecimal d = number(v, field, value, label);
        if (d != null && (d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            v.add(field, label + " phải là số nguyên từ 0 đến 1.000.000.");
        }
    }

    /** A JSON number as a BigDecimal; null for anything else (strings are not numbers here). */
    static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof java.math.BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double x = ((Number) value).doubleValue();
            return Double.isFinite(x) ? BigDecimal.valueOf(x) : null;
        }
        return null;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkYear(Violations v, String field, Integer year, String label) {
        if (year == null) {
            v.add(field, label + " (" + field + ") là bắt buộc.");
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            v.add(field, label + " phải từ " + MIN_YEAR + " đến " + MAX_YEAR + ".");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
