package vn.ptdv.emulation.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.control.EligibilityEvaluator.Check;
import vn.ptdv.emulation.control.EmulationService.CampaignInfo;
import vn.ptdv.emulation.control.EvaluationResult.Row;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The words and tables of the two emulation documents, as lines for the template {@code emulation/award-document}:
 * P paragraph, H heading, TH/T the proposal list (8 columns), EH/EU/EC the evaluation table (5 columns: a unit, then
 * each of its criteria). Every cell is text formatted here, so the template only places it.
 */
public final class AwardDocuments {

    /** One line of a document; unused cells are null. */
    public record Line(String kind, String c1, String c2, String c3, String c4, String c5, String c6, String c7, String c8) {

        static Line p(String text) {
            return new Line("P", text, null, null, null, null, null, null, null);
        }

        static Line h(String text) {
            return new Line("H", text, null, null, null, null, null, null, null);
        }
    }

    private AwardDocuments() {
    }

    /** Tờ trình đề nghị khen thưởng with the attached danh sách of the proposed collectives. */
    public static List<Line> proposal(CampaignInfo campaign, String issuingBody, EvaluationResult result) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.p("Căn cứ Kế hoạch số " + campaign.planNumber() + " của " + issuingBody + " về " + campaign.name()
                + " (" + period(campaign) + ");"));
        lines.add(Line.p("Căn cứ kết quả bình xét " + evaluated(result) + ","));
        List<Row> proposed = result.participants().stream().filter(r -> r.tierProposed() != null).toList();
        Map<String, Long> byTier = new LinkedHashMap<>();
        proposed.forEach(r -> byTier.merge(r.tierProposed(), 1L, Long::sum));
        if (proposed.isEmpty()) {
            lines.add(Line.p(capital(issuingBody) + " báo cáo: không có tập thể nào đủ điều kiện đề nghị khen thưởng."));
        } else {
            List<String> parts = new ArrayList<>();
            byTier.forEach((tier, n) -> parts.add(tier + ": " + n + " tập thể"));
            lines.add(Line.p(capital(issuingBody) + " trân trọng đề nghị khen thưởng " + proposed.size()
                    + " tập thể có thành tích xuất sắc trong phong trào, gồm " + String.join("; ", parts)
                    + " (có danh sách kèm theo)."));
        }
        lines.add(Line.p("Tổng số tổ chức tham gia bình xét: " + result.participants().size() + "; đủ điều kiện nhưng vượt"
                + " số lượng khen thưởng: " + result.notProposedQuota() + "; không đủ điều kiện: " + result.notEligible()
                + ". Thứ tự xét: tỷ lệ hoàn thành chỉ tiêu, rồi số đảng viên kết nạp, rồi mã tổ chức."));
        lines.add(Line.p("Kính trình xem xét, quyết định."));
        lines.add(Line.h("DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG"));
        lines.add(new Line("TH", "STT", "Tên tập thể", "Đơn vị cấp trên", "Chỉ tiêu đăng ký", "Kết quả thực hiện",
                "Tỷ lệ %", "Thành tích tóm tắt", "Hình thức khen đề nghị"));
        int no = 1;
        for (Row r : proposed) {
            lines.add(new Line("T", String.valueOf(no++), r.name(), r.parentName(),
                    r.target() == null ? "" : VietnameseFormat.integer(r.target()), VietnameseFormat.integer(r.admitted()),
                    r.ratioText() == null ? "" : r.ratioText(), achievement(r), r.tierProposed()));
        }
        if (proposed.isEmpty()) {
            lines.add(Line.p("(Không có tập thể nào.)"));
        }
        return lines;
    }

    /** Báo cáo kết quả bình xét: every participant with each criterion's value, threshold and outcome. */
    public static List<Line> evaluation(CampaignInfo campaign, String issuingBody, EvaluationResult result) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.p("Thực hiện Kế hoạch số " + campaign.planNumber() + " của " + issuingBody + " về " + campaign.name()
                + " (" + period(campaign) + "), kết quả bình xét " + evaluated(result) + " như sau."));
        lines.add(Line.p("Hình thức khen thưởng (từ cao xuống thấp): " + String.join("; ", campaign.tiers())
                + ". Tổ chức tham gia: " + result.participants().size() + "; đề nghị khen thưởng: " + result.proposed()
                + "; đủ điều kiện nhưng vượt số lượng: " + result.notProposedQuota() + "; không đủ điều kiện: "
                + result.notEligible() + ". Xếp hạng theo tỷ lệ hoàn thành chỉ tiêu, rồi số đảng viên kết nạp, rồi mã tổ chức."));
        lines.add(new Line("EH", "STT", "Tổ chức / tiêu chí", "Kết quả", "Yêu cầu", "Đánh giá", null, null, null));
        for (Row r : result.participants()) {
            lines.add(new Line("EU", String.valueOf(r.rank()), r.name() + " (" + r.code() + ")",
                    r.ratioText() == null ? "" : r.ratioText(), r.target() == null ? "chưa đăng ký chỉ tiêu"
                    : VietnameseFormat.integer(r.admitted()) + "/" + VietnameseFormat.integer(r.target()), r.summary(),
                    null, null, null));
            for (Check c : r.checks()) {
                lines.add(new Line("EC", null, c.tierName() + ": " + c.label(), c.measured(), c.threshold(),
                        (c.met() ? "Đạt. " : "Không đạt. ") + c.reason(), null, null, null));
            }
        }
        return lines;
    }

    /** "Kết nạp 270 đảng viên, đạt 121,6% chỉ tiêu; Hoàn thành xuất sắc nhiệm vụ". */
    static String achievement(Row r) {
        StringBuilder s = new StringBuilder("Kết nạp " + VietnameseFormat.integer(r.admitted()) + " đảng viên");
        if (r.ratioText() != null) {
            s.append(", đạt ").append(r.ratioText()).append(" chỉ tiêu");
        }
        r.checks().stream().filter(c -> c.type().equals(CriterionType.QUALITY_RATING_AT_LEAST.name()))
                .findFirst().ifPresent(c -> s.append("; xếp loại ").append(lowerFirst(c.measured())));
        return s.toString();
    }

    private static String evaluated(EvaluationResult result) {
        if (result.evaluatedAt() == null) {
            return "tính đến ngày " + VietnameseFormat.date(java.time.LocalDate.now(ZONE)) + " (chưa lưu)";
        }
        String s = "ngày " + VietnameseFormat.date(result.evaluatedAt().atZone(ZONE).toLocalDate())
                + " (phiên bản " + result.campaignVersion() + " của phong trào";
        if (result.proposal() != null && result.proposal().decisionNumber() != null) {
            s += "; quyết định số " + result.proposal().decisionNumber();
        }
        return s + ")";
    }

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private static String period(CampaignInfo c) {
        return c.fromYear() == c.toYear() ? "năm " + c.fromYear() : "giai đoạn " + c.fromYear() + "–" + c.toYear();
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
