package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Báo cáo kết quả công tác phát triển đảng viên quý I, 6 tháng, 9 tháng, năm (or from 1 January to a date):
 * {@code GET /ptdv/api/reports/admission-progress?org=LC&year=2026&period=H1}, the figures of {@link ProgressService}
 * in words, the units' table, and the two lists (units without an admission, units below the threshold) as appendices.
 * The same period of the previous year follows the lineage and the report names the predecessors it sums.
 */
@ApplicationScoped
public class AdmissionProgressReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("admission-progress",
            "Kết quả phát triển đảng viên theo kỳ (quý, 6 tháng, 9 tháng, năm)",
            ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION,
                    "Mã tổ chức đảng, ví dụ LC; gồm mọi đơn vị trực thuộc theo cơ cấu hiện tại của kỳ báo cáo."),
            ReportParameter.required("year", "Năm báo cáo", Type.YEAR, "Năm có 4 chữ số."),
            ReportParameter.optional("period", "Kỳ báo cáo", Type.TEXT,
                    "Q1: quý I; H1: 6 tháng đầu năm; 9M: 9 tháng; YEAR: cả năm. Để trống: từ đầu năm đến hôm nay "
                            + "(năm đã qua: cả năm)."),
            ReportParameter.optional("toDate", "Đến ngày", Type.TEXT,
                    "Thay cho kỳ: từ đầu năm đến ngày này (dd/MM/yyyy)."),
            ReportParameter.optional("threshold", "Ngưỡng chỉ tiêu (%)", Type.TEXT,
                    "Phụ lục 2 liệt kê đơn vị đạt dưới ngưỡng này của chỉ tiêu năm; mặc định 10."));

    @Inject
    ProgressService progress;

    @Inject
    ReportRoots reportRoots;

    @Inject
    IssuerDirectory issuers;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        int year = arguments.requireInt("year");
        List<OrganizationRef> records = reportRoots.of(arguments);
        ProgressService.Period period = ProgressService.period(year, arguments.string("period").orElse(null),
                arguments.string("toDate").orElse(null), java.time.LocalDate.now());
        ProgressService.Progress p = progress.of(records, year, period,
                ProgressService.threshold(arguments.string("threshold").orElse(null)), arguments.scope()::covers);
        String when = title(period, year);
        Letterhead letterhead = Letterhead.of(AdmissionLetterheads.issuer(issuers.issuerOrDefault(p.organization())),
                DocumentType.REPORT, "Kết quả công tác phát triển đảng viên " + when);
        return ReportRequest.document(letterhead, body(p, when),
                "bao-cao-tien-do-phat-trien-dang-vien-" + p.organization().code() + "-" + year + "-" + period.code());
    }

    /** "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026", "từ đầu năm 2026 đến ngày 03/12/2026". */
    static String title(ProgressService.Period period, int year) {
        return switch (period.code()) {
            case "YEAR" -> "năm " + year;
            case "TO_DATE" -> "từ đầu năm " + year + " đến ngày " + VietnameseFormat.date(period.to());
            default -> period.label() + " " + year;
        };
    }

    static DocumentBody body(ProgressService.Progress p, String when) {
        String name = p.organization().name();
        int prev = p.year() - 1;
        DocumentBody.Builder d = DocumentBody.builder()
                .paragraph("Căn cứ số liệu kết nạp đảng viên của các tổ chức đảng trực thuộc (từ ngày "
                        + VietnameseFormat.date(p.period().from()) + " đến ngày " + VietnameseFormat.date(p.period().to())
                        + "), " + name + " báo cáo kết quả công tác phát triển đảng viên " + when + " như sau:")
                .heading("1. Kết quả chung")
                .paragraph(headline(p, when))
                .paragraph(comparison(p, prev));
        String baseline = baselineNote(p, prev);
        if (baseline != null) {
            d.note(baseline);
        }
        d.paragraph(p.membersAtPreviousYearEnd() == 0
                        ? "Chưa có số liệu đảng viên tại thời điểm 31/12/" + prev + " để tính tỷ lệ so với tổng số đảng viên."
                        : "Số đảng viên mới kết nạp bằng " + VietnameseFormat.percent(p.ratioOfMembers())
                        + " tổng số đảng viên tại thời điểm 31/12/" + prev + " ("
                        + VietnameseFormat.integer(p.membersAtPreviousYearEnd()) + " đảng viên).")
                .paragraph(p.recognised() == 0 && p.removed() == 0
                        ? "Trong kỳ chưa có quyết định công nhận đảng viên chính thức hoặc xóa tên đảng viên dự bị."
                        : "Trong kỳ, công nhận đảng viên chính thức " + VietnameseFormat.integer(p.recognised())
                        + " đồng chí; xóa tên " + VietnameseFormat.integer(p.removed()) + " đồng chí.");
        if (!p.children().isEmpty()) {
            Table.Builder t = Table.of(Column.integer("STT", 26).centered(), Column.text("Đơn vị", 150),
                    Column.integer("Chỉ tiêu năm " + p.year(), 56), Column.integer("Kết nạp trong kỳ", 56),
                    Column.percent("Tỷ lệ so với chỉ tiêu", 56), Column.integer("Cùng kỳ năm " + prev, 56)).fontSize(10.5f);
            int i = 0;
            for (ProgressService.Unit u : p.children()) {
                t.row(++i, u.unit().name(), u.target() == null ? Table.DASH : u.target(), u.admitted(),
                        u.ratio() == null ? Table.DASH : u.ratio(), u.previous());
            }
            t.total(null, "Cộng", p.target() == null ? Table.DASH : p.target(), p.admitted(),
                    p.ratio() == null ? Table.DASH : p.ratio(), p.samePeriodPreviousYear());
            d.heading("2. Kết quả của các đơn vị trực thuộc").table(t.build());
        }
        String threshold = VietnameseFormat.percent(p.threshold()).replace(",0%", "%");
        d.heading(p.children().isEmpty() ? "2. Đơn vị cần tập trung chỉ đạo" : "3. Đơn vị cần tập trung chỉ đạo")
                .paragraph((p.unitsWithoutAdmission().isEmpty() ? "Trong kỳ, mọi đơn vị đều đã kết nạp đảng viên"
                        : "Có " + VietnameseFormat.integer(p.unitsWithoutAdmission().size()) + " đơn vị chưa kết nạp đảng viên"
                        + " (Phụ lục 1)") + "; " + (p.unitsBelowRatio().isEmpty()
                        ? "không có đơn vị nào đạt dưới " + threshold + " chỉ tiêu năm."
                        : VietnameseFormat.integer(p.unitsBelowRatio().size()) + " đơn vị đạt dưới " + threshold
                        + " chỉ tiêu năm (Phụ lục 2)."));
        if (!p.unitsWithoutAdmission().isEmpty()) {
            Table.Builder t = Table.of(Column.integer("STT", 26).centered(), Column.text("Đơn vị", 170),
                    Column.text("Loại", 90), Column.text("Mã", 110)).fontSize(10.5f);
            int i = 0;
            for (ProgressService.Unit u : p.unitsWithoutAdmission()) {
                t.row(++i, u.unit().name(), u.unit().kind().label(), u.unit().code());
            }
            d.appendix("Phụ lục 1. Đơn vị chưa kết nạp đảng viên " + when)
                    .paragraph("Một đảng bộ có tên trong danh sách thì mọi chi bộ trực thuộc đều chưa kết nạp đảng viên.")
                    .table(t.build());
        }
        if (!p.unitsBelowRatio().isEmpty()) {
            Table.Builder t = Table.of(Column.integer("STT", 26).centered(), Column.text("Đơn vị", 170),
                    Column.integer("Chỉ tiêu năm", 60), Column.integer("Đã kết nạp", 60), Column.percent("Tỷ lệ", 60))
                    .fontSize(10.5f);
            int i = 0;
            for (ProgressService.Unit u : p.unitsBelowRatio()) {
                t.row(++i, u.unit().name(), u.target(), u.admitted(), u.ratio());
            }
            d.appendix("Phụ lục 2. Đơn vị đạt dưới " + threshold + " chỉ tiêu kết nạp năm " + p.year()).table(t.build());
        }
        return d.build();
    }

    /** "6 tháng đầu năm 2026, … kết nạp 12 đảng viên (nữ 5, dân tộc thiểu số 7), đạt 40,0% chỉ tiêu năm (30 đảng viên)." */
    static String headline(ProgressService.Progress p, String when) {
        String s = Character.toUpperCase(when.charAt(0)) + when.substring(1) + ", " + p.organization().name()
                + " kết nạp " + VietnameseFormat.integer(p.admitted()) + " đảng viên";
        if (p.admitted() > 0) {
            s += " (nữ " + VietnameseFormat.integer(p.women()) + ", người dân tộc thiểu số "
                    + VietnameseFormat.integer(p.minorities()) + ")";
        }
        if (p.target() == null) {
            return s + "; chưa đăng ký chỉ tiêu kết nạp năm " + p.year() + ".";
        }
        return s + (p.ratio() == null ? "" : ", đạt " + VietnameseFormat.percent(p.ratio())) + " chỉ tiêu năm "
                + p.year() + " (" + VietnameseFormat.integer(p.target()) + " đảng viên).";
    }

    /** "So với cùng kỳ năm 2025 (kết nạp 10 đảng viên), tăng 2 đảng viên (tăng 20,0%)." */
    static String comparison(ProgressService.Progress p, int prev) {
        long before = p.samePeriodPreviousYear();
        long now = p.admitted();
        String s = "So với cùng kỳ năm " + prev + " (kết nạp " + VietnameseFormat.integer(before) + " đảng viên), ";
        if (now == before) {
            return s + "số đảng viên được kết nạp bằng cùng kỳ.";
        }
        long diff = Math.abs(now - before);
        // "(tăng 20,0%)", not "(+20,0%)": a line may break inside "+20,0%" (after "+20,"), never inside "20,0%"
        String change = now > before ? "tăng " : "giảm ";
        return s + change + VietnameseFormat.integer(diff) + " đảng viên"
                + (before == 0 ? "." : " (" + change + VietnameseFormat.percent(diff, before) + ").");
    }

    /** Which predecessors the same period of the previous year sums (null when it is the organisation itself). */
    static String baselineNote(ProgressService.Progress p, int prev) {
        if (p.baseline().sameUnit()) {
            return null;
        }
        if (p.baseline().predecessors().isEmpty()) {
            return "Cùng kỳ năm " + prev + " chưa có tổ chức tiền thân nào của " + p.organization().name() + ".";
        }
        String list = p.baseline().predecessors().stream().map(r -> r.name() + " (" + r.code()
                        + (r.validTo() != null && !r.validTo().isAfter(p.baseline().to()) ? ", đến ngày "
                        + VietnameseFormat.date(r.validTo()) : "") + ")")
                .collect(Collectors.joining("; "));
        return "Số liệu cùng kỳ năm " + prev + " là tổng số đảng viên kết nạp của các tổ chức tiền thân theo cơ cấu tổ "
                + "chức khi đó (chỉ tính các đơn vị nay thuộc " + p.organization().name() + "): " + list + ".";
    }
}
