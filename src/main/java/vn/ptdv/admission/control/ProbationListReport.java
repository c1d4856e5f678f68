package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Danh sách đảng viên dự bị đến hạn (or quá hạn) xét công nhận đảng viên chính thức:
 * {@code GET /ptdv/api/reports/probation-list?org=LC-BT&status=DUE|OVERDUE}, the worklist of the subtree on today's
 * date as an official DANH SÁCH of the organisation, with the limit of each consideration. A named list.
 */
@ApplicationScoped
public class ProbationListReport implements ReportProvider {

    static final int MAX_ROWS = 20_000;

    static final ReportDefinition DEFINITION = ReportDefinition.of("probation-list",
                    "Danh sách đảng viên dự bị đến hạn, quá hạn xét công nhận chính thức",
                    ReportParameter.required("org", "Tổ chức đảng", ReportParameter.Type.ORGANIZATION,
                            "Mã tổ chức đảng, ví dụ LC-BT; danh sách gồm toàn bộ các tổ chức trực thuộc."),
                    ReportParameter.optional("status", "Trạng thái", ReportParameter.Type.TEXT,
                            "DUE: đến hạn xét (mặc định); OVERDUE: quá hạn 30 ngày làm việc mà chi bộ chưa xét."))
            .namingPeople().requiring(Permission.READ_ADMISSIONS);

    @Inject
    ProbationService probations;

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
        String s = arguments.string("status").map(String::strip).orElse("DUE").toUpperCase(java.util.Locale.ROOT);
        if (!s.equals("DUE") && !s.equals("OVERDUE")) {
            throw ProblemException.badParameter("status", "Tham số status phải là DUE (đến hạn) hoặc OVERDUE (quá hạn).");
        }
        ProbationStatus status = ProbationStatus.valueOf(s);
        List<OrganizationRef> roots = reportRoots.of(arguments);
        OrganizationRef latest = roots.get(roots.size() - 1);
        LocalDate today = LocalDate.now();
        List<ProbationService.Entry> entries = probations.entries(roots, status, today, MAX_ROWS);
        String what = status == ProbationStatus.DUE ? "đến hạn" : "quá hạn";
        Letterhead letterhead = Letterhead.of(AdmissionLetterheads.issuer(issuers.issuerOrDefault(latest)),
                DocumentType.LIST, "Đảng viên dự bị " + what + " xét công nhận đảng viên chính thức (tính đến ngày "
                        + VietnameseFormat.date(today) + ")");
        Table.Builder t = Table.of(Column.integer("STT", 26).centered(), Column.text("Họ và tên", 100),
                Column.text("Chi bộ, đảng bộ", 96), Column.date("Ngày kết nạp", 56), Column.date("Hết hạn dự bị", 56),
                Column.date("Hạn chi bộ xét", 56), Column.text("Ghi chú", 90)).fontSize(10.5f);
        int i = 0;
        for (ProbationService.Entry e : entries) {
            Integer left = e.workingDaysLeft();
            String note = left == null ? "" : left >= 0 ? "còn " + left + " ngày làm việc" : "quá " + (-left) + " ngày làm việc";
            t.row(++i, e.row().fullName(), e.row().organizationCode(), e.row().ceremonyDate(), e.row().probationEnd(),
                    e.deadline(), note);
        }
        DocumentBody.Builder body = DocumentBody.builder()
                .paragraph("Chi bộ xét công nhận đảng viên chính thức trong thời hạn 30 ngày làm việc kể từ ngày đảng viên "
                        + "hết 12 tháng dự bị (Điều lệ Đảng, Điều 5); quá thời hạn phải có văn bản giải trình với cấp ủy cấp "
                        + "trên. Ngày làm việc tính theo lịch nghỉ lễ, Tết của Nhà nước.")
                .paragraph("Tổng số: " + VietnameseFormat.integer(entries.size()) + " đồng chí " + what + " xét.");
        if (entries.isEmpty()) {
            body.paragraph("Không có đảng viên dự bị nào " + what + " xét.");
        } else {
            body.table(t.build());
        }
        return ReportRequest.document(letterhead, body.build(),
                "danh-sach-dang-vien-du-bi-" + (status == ProbationStatus.DUE ? "den-han" : "qua-han") + "-" + latest.code());
    }
}
