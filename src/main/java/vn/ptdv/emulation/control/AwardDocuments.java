package vn.ptdv.emulation.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.control.EligibilityEvaluator.Check;
import vn.ptdv.emulation.control.EmulationService.CampaignInfo;
import vn.ptdv.emulation.control.EvaluationResult.Row;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Cell;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The words and tables of the two emulation documents as typed bodies: the sentences formatted here, the tables with
 * typed columns that the document kit formats.
 */
public final class AwardDocuments {

    private AwardDocuments() {
    }

    /** Tờ trình đề nghị khen thưởng with the attached danh sách of the proposed collectives, after the signature. */
    public static DocumentBody proposal(CampaignInfo campaign, String issuingBody, EvaluationResult result) {
        DocumentBody.Builder d = DocumentBody.builder()
                .paragraph("Căn cứ Kế hoạch số " + campaign.planNumber() + " của " + issuingBody + " về "
                        + campaign.name() + " (" + period(campaign) + ");")
                .paragraph("Căn cứ kết quả bình xét " + evaluated(result) + ",");
        List<Row> proposed = result.participants().stream().filter(r -> r.tierProposed() != null).toList();
        Map<String, Long> byTier = new LinkedHashMap<>();
        proposed.forEach(r -> byTier.merge(r.tierProposed(), 1L, Long::sum));
        if (proposed.isEmpty()) {
            d.paragraph(capital(issuingBody) + " báo cáo: không có tập thể nào đủ điều kiện đề nghị khen thưởng.");
        } else {
            List<String> parts = new ArrayList<>();
            byTier.forEach((tier, n) -> parts.add(tier + ": " + n + " tập thể"));
            d.paragraph(capital(issuingBody) + " trân trọng đề nghị khen thưởng " + proposed.size()
                    + " tập thể có thành tích xuất sắc trong phong trào, gồm " + String.join("; ", parts)
                    + " (có danh sách kèm theo).");
        }
        d.paragraph("Tổng số tổ chức tham gia bình xét: " + result.participants().size() + "; đủ điều kiện nhưng vượt"
                + " số lượng khen thưởng: " + result.notProposedQuota() + "; không đủ điều kiện: " + result.notEligible()
                + ". Thứ tự xét: tỷ lệ hoàn thành chỉ tiêu, rồi số đảng viên kết nạp, rồi mã tổ chức.");
        d.paragraph("Kính trình xem xét, quyết định.");
        d.appendix("DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG");
        Table.Builder t = Table.of(Column.integer("STT", 28).centered(), Column.text("Tên tập thể", 86),
                Column.text("Đơn vị cấp trên", 70), Column.integer("Chỉ tiêu đăng ký", 40),
                Column.integer("Kết quả thực hiện", 40), Column.percent("Tỷ lệ %", 42),
                Column.text("Thành tích tóm tắt", 91), Column.text("Hình thức khen đề nghị", 70)).fontSize(10);
        int no = 1;
        for (Row r : proposed) {
            t.row(no++, r.name(), r.parentName(), r.target(), r.admitted(), r.ratio(), achievement(r), r.tierProposed());
        }
        d.table(t.build());
        return (proposed.isEmpty() ? d.paragraph("(Không có tập thể nào.)") : d).build();
    }

    /** Báo cáo kết quả bình xét: every participant with each criterion's value, threshold and outcome. */
    public static DocumentBody evaluation(CampaignInfo campaign, String issuingBody, EvaluationResult result) {
        Table.Builder t = Table.of(Column.integer("STT", 24).centered(), Column.text("Tổ chức / tiêu chí", 165),
                Column.percent("Kết quả", 60), Column.text("Yêu cầu", 70).alignedRight(),
                Column.text("Đánh giá", 148)).fontSize(10);
        for (Row r : result.participants()) {
            t.bold(r.rank(), r.name() + " (" + r.code() + ")", r.ratio(), r.target() == null
                    ? "chưa đăng ký chỉ tiêu"
                    : VietnameseFormat.integer(r.admitted()) + "/" + VietnameseFormat.integer(r.target()), r.summary());
            for (Check c : r.checks()) {
                t.row(null, Cell.italic(c.tierName() + ": " + c.label()), c.measured(), c.threshold(),
                        (c.met() ? "Đạt. " : "Không đạt. ") + c.reason());
            }
        }
        return DocumentBody.builder()
                .paragraph("Thực hiện Kế hoạch số " + campaign.planNumber() + " của " + issuingBody + " về "
                        + campaign.name() + " (" + period(campaign) + "), kết quả bình xét " + evaluated(result)
                        + " như sau.")
                .paragraph("Hình thức khen thưởng (từ cao xuống thấp): " + String.join("; ", campaign.tiers())
                        + ". Tổ chức tham gia: " + result.participants().size() + "; đề nghị khen thưởng: "
                        + result.proposed() + "; đủ điều kiện nhưng vượt số lượng: " + result.notProposedQuota()
                        + "; không đủ điều kiện: " + result.notEligible() + ". Xếp hạng theo tỷ lệ hoàn thành chỉ tiêu,"
                        + " rồi số đảng viên kết nạp, rồi mã tổ chức.")
                .table(t.build())
                .build();
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
