package vn.ptdv.emulation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The bodies of the award dossier's documents, from the API's own figures: báo cáo thành tích of a unit, biên bản of
 * the council's meeting, quyết định khen thưởng with its danh sách, and the pages of the certificates. Pure.
 */
final class AwardDossierDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private AwardDossierDocuments() {
    }

    /** Báo cáo thành tích: the figures PTDV holds, then the unit's own sections, then the award proposed. */
    static DocumentBody achievementReport(AwardDossier.Documents d, AwardDossier.AwardEntry e) {
        if (d.route().simplified()) {
            return summaryReport(d, e);
        }
        DocumentBody.Builder b = DocumentBody.builder()
                .paragraph("Thực hiện " + d.campaignName() + (d.planNumber() == null ? "" : " (Kế hoạch số "
                        + d.planNumber() + ")") + ", " + e.organizationName() + " báo cáo thành tích đề nghị tặng "
                        + e.tier() + " như sau:")
                .heading("I. ĐẶC ĐIỂM, TÌNH HÌNH")
                .paragraph(orNotWrittenYet(e.characteristics()))
                .heading("II. THÀNH TÍCH ĐẠT ĐƯỢC")
                .heading("1. Kết quả thực hiện chỉ tiêu phát triển đảng viên (số liệu của hệ thống PTDV)")
                .paragraph(figures(d, e));
        if (!e.criteria().isEmpty()) {
            b.numbered(e.criteria());
        }
        b.heading("2. Thành tích khác")
                .paragraph(orNotWrittenYet(e.achievements()))
                .heading("III. CÁC BIỆN PHÁP, GIẢI PHÁP ĐÃ THỰC HIỆN")
                .paragraph(orNotWrittenYet(e.measures()))
                .heading("IV. HÌNH THỨC ĐỀ NGHỊ KHEN THƯỞNG")
                .paragraph("Đề nghị " + e.tier() + " cho " + e.organizationName() + ".");
        if (!"ACCEPTED".equals(e.status())) {
            b.note("Báo cáo đang ở trạng thái " + statusText(e.status()) + "; chưa phải bản đã được thẩm định.");
        }
        return b.build();
    }

    /** Báo cáo tóm tắt thành tích (thủ tục đơn giản): the figures, the unit's summary, the award proposed. */
    static DocumentBody summaryReport(AwardDossier.Documents d, AwardDossier.AwardEntry e) {
        DocumentBody.Builder b = DocumentBody.builder()
                .paragraph("Thực hiện " + d.campaignName() + (d.planNumber() == null ? "" : " (Kế hoạch số "
                        + d.planNumber() + ")") + ", " + e.organizationName() + " báo cáo tóm tắt thành tích đề nghị "
                        + d.route().grantingBody() + " tặng " + e.tier() + " theo thủ tục đơn giản như sau:")
                .heading("1. Kết quả thực hiện chỉ tiêu phát triển đảng viên (số liệu của hệ thống PTDV)")
                .paragraph(figures(d, e))
                .heading("2. Tóm tắt thành tích")
                .paragraph(orNotWrittenYet(e.achievements()))
                .heading("3. Hình thức đề nghị khen thưởng")
                .paragraph("Đề nghị " + e.tier() + " cho " + e.organizationName() + ".");
        if (!"ACCEPTED".equals(e.status())) {
            b.note("Báo cáo đang ở trạng thái " + statusText(e.status()) + "; chưa phải bản đã được thẩm định.");
        }
        return b.build();
    }

    /** "Năm 2024, chỉ tiêu kết nạp 10 đảng viên; đã kết nạp 12 đảng viên, đạt 120,0% chỉ tiêu." */
    static String figures(AwardDossier.Documents d, AwardDossier.AwardEntry e) {
        String period = d.fromYear() == d.toYear() ? "Năm " + d.fromYear() : "Giai đoạn " + d.fromYear() + "–" + d.toYear();
        return period + (e.target() == null ? ", đơn vị chưa đăng ký chỉ tiêu" : ", chỉ tiêu kết nạp "
                + VietnameseFormat.integer(e.target()) + " đảng viên") + "; đã kết nạp "
                + VietnameseFormat.integer(e.admitted()) + " đảng viên" + (e.ratioText() == null ? "" : ", đạt "
                + e.ratioText() + " chỉ tiêu") + ". " + e.summary();
    }

    /** Biên bản họp Hội đồng Thi đua – Khen thưởng: who met, the rules applied, the vote per unit, the conclusion. */
    static DocumentBody minutes(AwardDossier.Documents d) {
        AwardDossier.AwardCouncilMeeting m = d.meeting();
        List<AwardDossier.AwardCouncilMember> present = m.members().stream().filter(AwardDossier.AwardCouncilMember::present).toList();
        List<AwardDossier.AwardCouncilMember> absent = m.members().stream().filter(x -> !x.present()).toList();
        DocumentBody.Builder b = DocumentBody.builder()
                .paragraph("Hôm nay, ngày " + VietnameseFormat.date(m.meetingDate()) + ", tại " + m.place()
                        + ", Hội đồng Thi đua – Khen thưởng họp xét đề nghị khen thưởng " + d.campaignName() + ".")
                .heading("I. THÀNH PHẦN")
                .paragraph("Chủ trì: đồng chí " + m.chair() + ". Thư ký: đồng chí " + m.secretary() + ".")
                .paragraph("Có mặt " + present.size() + "/" + m.members().size() + " thành viên Hội đồng"
                        + (absent.isEmpty() ? "." : "; vắng mặt: " + String.join("; ", absent.stream()
                        .map(x -> "đồng chí " + x.fullName() + " (" + x.position() + ")").toList()) + "."));
        b.numbered(present.stream().map(x -> "Đồng chí " + x.fullName() + ", " + x.position()).toList());
        b.heading("II. NỘI DUNG")
                .paragraph("Hội đồng nghe báo cáo kết quả bình xét và thẩm định hồ sơ của " + m.entries().size()
                        + " tập thể được đề nghị khen thưởng; phiên họp đủ số thành viên theo quy chế (từ " + m.quorum()
                        + " tổng số thành viên trở lên). Mỗi hình thức được thông qua khi có từ " + m.approvalPercent()
                        + "% số thành viên dự họp đồng ý.")
                .heading("III. KẾT QUẢ BIỂU QUYẾT");
        Table.Builder t = Table.of(Column.integer("STT", 26).centered(), Column.text("Tập thể", 120),
                Column.text("Hình thức đề nghị", 100), Column.integer("Đồng ý", 40), Column.integer("Không đồng ý", 44),
                Column.integer("Không biểu quyết", 48), Column.text("Hình thức biểu quyết", 50),
                Column.text("Kết quả", 75)).fontSize(10);
        int no = 1;
        for (AwardDossier.AwardEntry e : m.entries()) {
            AwardDossier.AwardVote v = e.vote();
            t.row(no++, e.organizationName(), e.tier(), v == null ? null : v.votesFor(), v == null ? null : v.votesAgainst(),
                    v == null ? null : v.abstaining(), v == null ? Table.DASH : v.secretBallot() ? "Bỏ phiếu kín" : "Giơ tay",
                    v == null ? "Chưa biểu quyết" : v.passed() ? "Thông qua" : "Không thông qua");
        }
        b.table(t.build());
        List<String> refused = m.entries().stream().filter(e -> e.vote() != null && !e.vote().passed())
                .map(e -> e.organizationName() + ": " + e.vote().reason()).toList();
        long passed = m.entries().stream().filter(e -> e.vote() != null && e.vote().passed()).count();
        b.heading("IV. KẾT LUẬN")
                .paragraph("Hội đồng thống nhất đề nghị khen thưởng " + passed + " tập thể"
                        + (refused.isEmpty() ? "." : "; không đề nghị:"));
        if (!refused.isEmpty()) {
            b.numbered(refused);
        }
        b.paragraph("Biên bản kết thúc vào cùng ngày, đã thông qua trước Hội đồng. Chủ trì: " + m.chair() + "; thư ký: "
                + m.secretary() + ".");
        return b.build();
    }

    /** Quyết định khen thưởng: the articles and the attached danh sách of the units the council voted for. */
    static DocumentBody decision(AwardDossier.Documents d, String grantor) {
        List<AwardDossier.AwardEntry> awarded = d.awarded();
        AwardDossier.Route route = d.route();
        DocumentBody.Builder b = DocumentBody.builder();
        if (route.state()) {
            b.paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
                    .paragraph("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết"
                            + " thi hành một số điều của Luật Thi đua, khen thưởng;");
        } else {
            b.paragraph("Căn cứ Điều lệ Đảng, Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương và các"
                    + " quy định về khen thưởng tổ chức đảng;");
        }
        b.paragraph("Căn cứ " + (d.planNumber() == null ? "kế hoạch" : "Kế hoạch số " + d.planNumber()) + " về "
                        + lower(d.campaignName()) + ";")
                .paragraph(route.simplified() ? "Xét đề nghị khen thưởng theo thủ tục đơn giản và kết quả thẩm định hồ sơ,"
                        : d.meeting() == null ? "Xét đề nghị khen thưởng của phong trào,"
                        : "Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng ngày " + VietnameseFormat.date(d.meeting().meetingDate()) + ",")
                .heading(grantorOf(d, grantor).toUpperCase(VI) + " QUYẾT ĐỊNH:")
                .paragraph("Điều 1. Tặng thưởng " + awarded.size() + " tập thể có thành tích xuất sắc trong "
                        + lower(d.campaignName()) + " (có danh sách kèm theo).")
                .paragraph("Điều 2. Các tập thể có tên tại Điều 1 được nhận " + tiers(awarded) + " theo quy định.")
                .paragraph(route.state() ? "Điều 3. Chánh Văn phòng, Thủ trưởng cơ quan làm công tác thi đua, khen thưởng và"
                        + " các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
                        : "Điều 3. Văn phòng, Ban Tổ chức và các tổ chức đảng có liên quan thi hành Quyết định này.")
                .appendix("DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG");
        Table.Builder t = Table.of(Column.integer("STT", 28).centered(), Column.text("Tên tập thể", 170),
                Column.text("Đơn vị cấp trên", 120), Column.text("Hình thức khen thưởng", 140)).fontSize(11);
        int no = 1;
        for (AwardDossier.AwardEntry e : awarded) {
            t.row(no++, e.organizationName(), e.parentName(), e.tier());
        }
        return b.table(t.build()).build();
    }

    /** One page per unit the decision awards. */
    static List<AwardCertificatePage> certificates(AwardDossier.Documents d, IssuerDetails issuer, String grantor) {
        List<AwardCertificatePage> pages = new ArrayList<>();
        String number = d.decisionNumber() == null ? "" : d.decisionNumber();
        String decisionLine = "Quyết định số " + number + "\nngày " + VietnameseFormat.date(d.decisionDate());
        String place = issuer.place() == null ? VietnameseFormat.placeAndDate("", d.decisionDate()).replaceFirst("^, n", "N")
                : VietnameseFormat.placeAndDate(issuer.place(), d.decisionDate());
        AwardDossier.Route route = d.route();
        String signer = route.state() ? STATE_SIGNER : (issuer.signatureAuthority() == null ? "" : issuer.signatureAuthority() + "\n")
                + (issuer.signerPosition() == null ? "" : issuer.signerPosition());
        for (AwardDossier.AwardEntry e : d.awarded()) {
            // state route (Nghị định 98/2023): Quốc hiệu and Tiêu ngữ, "CHỦ TỊCH ỦY BAN NHÂN DÂN … TẶNG", signed by its
            // Chủ tịch; party route: the committee's header under ĐẢNG CỘNG SẢN VIỆT NAM, signed T/M its standing committee
            pages.add(route.state()
                    ? new AwardCertificatePage(null, route.grantingBody().toUpperCase(VI), grantorOf(d, grantor).toUpperCase(VI),
                            awardName(e.tier()), e.organizationName(), "Đã có thành tích xuất sắc trong "
                            + lower(d.campaignName()) + (route.simplified() ? " (khen thưởng theo thủ tục đơn giản)." : "."),
                            decisionLine, place, signer, route.grantingSigner(), STATE_MOTTO, STATE_SUBTITLE)
                    : new AwardCertificatePage(issuer.superiorBody(), String.join("\n", issuer.issuingBody()),
                            grantor.toUpperCase(VI), awardName(e.tier()), e.organizationName(),
                            "Đã có thành tích xuất sắc trong " + lower(d.campaignName()) + ".", decisionLine, place, signer,
                            issuer.signerName(), PARTY_MOTTO, null));
        }
        return pages;
    }

    static final String PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /** Quốc hiệu and Tiêu ngữ of a state document (Nghị định 30/2020/NĐ-CP; the decree's certificate forms print them). */
    static final String STATE_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String STATE_SUBTITLE = "Độc lập - Tự do - Hạnh phúc";
    /** Who signs a state award of a people's committee: its chairman (Luật Thi đua, khen thưởng 2022). */
    static final String STATE_SIGNER = "CHỦ TỊCH";

    /** Who awards: the committee (party route), "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai" (state route). */
    static String grantorOf(AwardDossier.Documents d, String partyGrantor) {
        return d.route().state() ? "Chủ tịch " + d.route().grantingBody() : partyGrantor;
    }

    /** "BẰNG KHEN" for a tier named Bằng khen…, "GIẤY KHEN" otherwise: the first two words in capitals. */
    static String awardName(String tier) {
        String[] w = tier == null ? new String[0] : tier.strip().split("\\s+");
        return w.length >= 2 ? (w[0] + " " + w[1]).toUpperCase(VI) : tier == null ? "GIẤY KHEN" : tier.toUpperCase(VI);
    }

    private static String tiers(List<AwardDossier.AwardEntry> awarded) {
        return String.join(", ", awarded.stream().map(e -> lowerFirst(e.tier())).distinct().toList());
    }

    private static String lower(String name) {
        return lowerFirst(name);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    /** A section the unit has not written: the draft says so in place of the text (the unit completes it before submitting). */
    private static String orNotWrittenYet(String text) {
        return text == null ? "(Đơn vị chưa viết phần này.)" : text;
    }

    static String statusText(String status) {
        return switch (status) {
            case "DRAFT" -> "dự thảo";
            case "SUBMITTED" -> "đã trình, chờ thẩm định";
            case "RETURNED" -> "bị trả lại";
            default -> "đã được chấp nhận";
        };
    }
}
