package vn.ptdv.emulation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Bình xét khen thưởng: a pure function from the campaign's tiers and the participants' figures to each participant's
 * checks, tier and proposal. Deterministic: the same input gives the same output.
 *
 * <ul>
 * <li>A tier is reached when every one of its criteria holds; the tier reached is the highest such tier.</li>
 * <li>Ranking (xếp hạng): by the ratio admitted ÷ registered target, highest first (units without a positive target
 *     last); ties by the admitted count, highest first; then by organisation code (ascending), so the order is total.</li>
 * <li>Quotas: tiers are filled from the highest down, in ranking order. A unit beyond a tier's quota drops to the next
 *     lower tier whose criteria it also meets and whose quota still has room; if there is none, it is not proposed,
 *     with the reason "quota".</li>
 * <li>A unit that stopped existing before the end of the period (dissolved, merged or split, and no record of its code
 *     valid on the last day) is not eligible: an award needs a recipient.</li>
 * </ul>
 */
public final class EligibilityEvaluator {

    /** A tier with its quota (null: no limit) and its criteria. */
    public record TierSpec(String name, Integer quota, List<Criterion> criteria) {
    }

    /** Một kỷ luật: date and form. */
    public record Discipline(LocalDate date, String form) {
    }

    /**
     * A participant: one organisation code, its figures over the period, ratings by year, disciplinary actions in the
     * period, admissions with unresolved warnings; {@code closedOn} is its last day when no record of the code is valid
     * on the period's last day.
     */
    public record Participant(String code, String name, String parentName, UnitAchievement figures,
                              Map<Integer, QualityRating> ratings, List<Discipline> disciplines, long unresolvedWarnings,
                              LocalDate closedOn) {
    }

    /** The check of one criterion of one tier. */
    public record Check(int tier, String tierName, String type, String label, String measured, String threshold,
                        boolean met, String reason) {
    }

    /** Đề nghị (proposed), không đề nghị do hết số lượng (quota), không đủ điều kiện. */
    public enum Outcome { PROPOSED, NOT_PROPOSED_QUOTA, NOT_ELIGIBLE }

    /** The result of one participant. */
    public record Result(int rank, Participant participant, BigDecimal ratio, String tierReached, String tierProposed,
                         Outcome outcome, String summary, List<Check> checks) {
    }

    /** The text of "không đủ điều kiện". */
    public static final String NOT_ELIGIBLE = "Không đủ điều kiện";

    private EligibilityEvaluator() {
    }

    /** The ranking order: ratio desc (no ratio last), admitted desc, code asc. */
    static final Comparator<Participant> RANKING = (a, b) -> {
        int byRatio = compareRatio(a.figures(), b.figures());
        if (byRatio != 0) {
            return byRatio;
        }
        int byAdmitted = Long.compare(b.figures().admitted(), a.figures().admitted());
        return byAdmitted != 0 ? byAdmitted : a.code().compareTo(b.code());
    };

    /** Compares admitted ÷ target exactly (cross-multiplied), higher first; no positive target sorts last. */
    private static int compareRatio(UnitAchievement a, UnitAchievement b) {
        boolean ha = a.target() != null && a.target() > 0;
        boolean hb = b.target() != null && b.target() > 0;
        if (!ha || !hb) {
            return ha == hb ? 0 : ha ? -1 : 1;
        }
        return Long.compare(b.admitted() * a.target(), a.admitted() * b.target());
    }

    public static List<Result> evaluate(List<TierSpec> tiers, int fromYear, int toYear, List<Participant> participants) {
        List<Participant> ranked = new ArrayList<>(participants);
        ranked.sort(RANKING);
        int n = ranked.size();
        boolean[][] eligible = new boolean[n][tiers.size()];
        List<List<Check>> checks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Participant p = ranked.get(i);
            List<Check> own = new ArrayList<>();
            for (int t = 0; t < tiers.size(); t++) {
                boolean all = p.closedOn() == null;
                for (Criterion c : tiers.get(t).criteria()) {
                    Check check = check(t, tiers.get(t).name(), c, p, fromYear, toYear);
                    own.add(check);
                    all &= check.met();
                }
                eligible[i][t] = all;
            }
            checks.add(own);
        }
        // fill the quotas from the highest tier down, in ranking order
        int[] assigned = new int[n];
        java.util.Arrays.fill(assigned, -1);
        int[] used = new int[tiers.size()];
        String[] overflow = new String[n];
        for (int t = 0; t < tiers.size(); t++) {
            Integer quota = tiers.get(t).quota();
            for (int i = 0; i < n; i++) {
                if (assigned[i] >= 0 || !eligible[i][t]) {
                    continue;
                }
                if (quota == null || used[t] < quota) {
                    assigned[i] = t;
                    used[t]++;
                } else if (overflow[i] == null) {
                    overflow[i] = "vượt số lượng " + tiers.get(t).name() + " (tối đa " + quota + ", xếp hạng " + (i + 1) + ")";
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Participant p = ranked.get(i);
            int reached = -1;
            for (int t = 0; t < tiers.size() && reached < 0; t++) {
                if (eligible[i][t]) {
                    reached = t;
                }
            }
            UnitAchievement f = p.figures();
            BigDecimal ratio = f.target() == null ? null : VietnameseFormat.ratio(f.admitted(), f.target());
            String tierReached = reached < 0 ? null : tiers.get(reached).name();
            Outcome outcome;
            String summary;
            if (assigned[i] >= 0) {
                outcome = Outcome.PROPOSED;
                summary = "Đề nghị " + tiers.get(assigned[i]).name()
                        + (assigned[i] > reached ? " (" + overflow[i] + ")" : "") + ".";
            } else if (reached >= 0) {
                outcome = Outcome.NOT_PROPOSED_QUOTA;
                summary = "Đủ điều kiện " + tierReached + " nhưng không đề nghị: " + overflow[i] + ".";
            } else {
                outcome = Outcome.NOT_ELIGIBLE;
                summary = notEligible(p, tiers, checks.get(i));
            }
            results.add(new Result(i + 1, p, ratio, tierReached, assigned[i] < 0 ? null : tiers.get(assigned[i]).name(),
                    outcome, summary, List.copyOf(checks.get(i))));
        }
        return results;
    }

    /** "Không đủ điều kiện: <failed criteria of the lowest tier>" (the easiest tier tells what is missing). */
    private static String notEligible(Participant p, List<TierSpec> tiers, List<Check> checks) {
        List<String> reasons = new ArrayList<>();
        if (p.closedOn() != null) {
            reasons.add("tổ chức đã kết thúc hoạt động ngày " + VietnameseFormat.date(p.closedOn())
                    + " (giải thể, hợp nhất hoặc chia tách) trước khi kết thúc phong trào");
        }
        int lowest = tiers.size() - 1;
        for (Check c : checks) {
            if (c.tier() == lowest && !c.met()) {
                reasons.add(lower(c.reason()));
            }
        }
        return NOT_ELIGIBLE + ": " + String.join("; ", reasons) + ".";
    }

    private static String lower(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /** The check of one criterion for one participant. */
    static Check check(int tier, String tierName, Criterion c, Participant p, int fromYear, int toYear) {
        UnitAchievement f = p.figures();
        String type = c.type().name();
        String label = c.type().label();
        return switch (c.type()) {
            case TARGET_RATIO_AT_LEAST -> {
                String threshold = "≥ " + percent(c.percent());
                if (f.target() == null) {
                    yield new Check(tier, tierName, type, label, "chưa đăng ký", threshold, false,
                            "Chưa đăng ký chỉ tiêu kết nạp, không tính được tỷ lệ hoàn thành.");
                }
                if (f.target() == 0) {
                    yield new Check(tier, tierName, type, label, "chỉ tiêu 0", threshold, false,
                            "Chỉ tiêu đăng ký bằng 0, không tính được tỷ lệ hoàn thành.");
                }
                // exact: admitted × 100 ≥ percent × target (no rounding at the boundary)
                boolean met = BigDecimal.valueOf(f.admitted()).multiply(BigDecimal.valueOf(100))
                        .compareTo(c.percent().multiply(BigDecimal.valueOf(f.target()))) >= 0;
                String measured = VietnameseFormat.percent(f.admitted(), f.target());
                String figures = " (" + VietnameseFormat.integer(f.admitted()) + "/" + VietnameseFormat.integer(f.target()) + ")";
                yield new Check(tier, tierName, type, label, measured, threshold, met, (met ? "Đạt " : "Chỉ đạt ")
                        + measured + " chỉ tiêu" + figures + ", yêu cầu " + threshold + ".");
            }
            case ADMITTED_AT_LEAST -> {
                boolean met = f.admitted() >= c.count();
                yield new Check(tier, tierName, type, label, VietnameseFormat.integer(f.admitted()), "≥ " + c.count(), met,
                        "Kết nạp " + VietnameseFormat.integer(f.admitted()) + " đảng viên, yêu cầu ≥ " + c.count() + ".");
            }
            case GROUP_ADMITTED_AT_LEAST -> {
                long value = switch (c.group()) {
                    case WOMEN -> f.women();
                    case MINORITY -> f.minorities();
                    case PUPIL_STUDENT -> f.pupilsStudents();
                    case PRIVATE_ECONOMIC_UNIT -> f.privateEconomicUnits();
                };
                boolean met = value >= c.count();
                yield new Check(tier, tierName, type, label + " " + c.group().label(), VietnameseFormat.integer(value),
                        "≥ " + c.count(), met, "Kết nạp " + VietnameseFormat.integer(value) + " đảng viên "
                        + c.group().label() + ", yêu cầu ≥ " + c.count() + ".");
            }
            case TARGET_REGISTERED_BY -> {
                String threshold = "trước " + VietnameseFormat.date(c.date().plusDays(1));
                if (f.targetRegisteredOn() == null) {
                    yield new Check(tier, tierName, type, label, "chưa đăng ký", "đến " + VietnameseFormat.date(c.date()),
                            false, "Chưa đăng ký chỉ tiêu kết nạp.");
                }
                boolean met = !f.targetRegisteredOn().isAfter(c.date());
                yield new Check(tier, tierName, type, label, VietnameseFormat.date(f.targetRegisteredOn()),
                        "đến " + VietnameseFormat.date(c.date()), met, "Đăng ký chỉ tiêu ngày "
                        + VietnameseFormat.date(f.targetRegisteredOn()) + ", hạn " + VietnameseFormat.date(c.date()) + ".");
            }
            case QUALITY_RATING_AT_LEAST -> {
                String threshold = "từ " + c.rating().label() + " trở lên";
                List<String> parts = new ArrayList<>();
                boolean met = true;
                String measured = null;
                for (int y = fromYear; y <= toYear; y++) {
                    QualityRating r = p.ratings().get(y);
                    if (r == null) {
                        met = false;
                        parts.add("năm " + y + " chưa có kết quả xếp loại chất lượng");
                        measured = measured == null ? "chưa xếp loại" : measured;
                    } else {
                        met &= r.atLeast(c.rating());
                        parts.add("năm " + y + " xếp loại " + r.label());
                        measured = measured == null || r.ordinal() > QualityRating.valueOf(code(measured)).ordinal()
                                ? r.label() : measured;
                    }
                }
                String reason = capital(String.join(", ", parts)) + ", yêu cầu " + threshold + ".";
                yield new Check(tier, tierName, type, label, measured, threshold, met, reason);
            }
            case NO_DISCIPLINE -> {
                if (p.disciplines().isEmpty()) {
                    yield new Check(tier, tierName, type, label, "không", "không", true,
                            "Không bị kỷ luật trong thời gian phong trào.");
                }
                Discipline d = p.disciplines().get(0);
                yield new Check(tier, tierName, type, label, d.form(), "không", false,
                        "Bị kỷ luật (" + d.form() + ") ngày " + VietnameseFormat.date(d.date()) + ".");
            }
            case NO_UNRESOLVED_VIOLATION -> {
                boolean met = p.unresolvedWarnings() == 0;
                yield new Check(tier, tierName, type, label, String.valueOf(p.unresolvedWarnings()), "0", met, met
                        ? "Không có trường hợp kết nạp vi phạm quy định chưa được xử lý."
                        : "Có " + p.unresolvedWarnings() + " trường hợp kết nạp có cảnh báo vi phạm chưa được xử lý.");
            }
        };
    }

    /** The rating code of a label (labels are unique). */
    private static String code(String label) {
        for (QualityRating r : QualityRating.values()) {
            if (r.label().equals(label)) {
                return r.name();
            }
        }
        return QualityRating.HOAN_THANH_XUAT_SAC.name();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** 120 → "120%", 112.5 → "112,5%". */
    static String percent(BigDecimal p) {
        BigDecimal s = p.stripTrailingZeros();
        return (s.scale() <= 0 ? s.toBigInteger().toString() : s.toPlainString().replace('.', ',')) + "%";
    }
}
