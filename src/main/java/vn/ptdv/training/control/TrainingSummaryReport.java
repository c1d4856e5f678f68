package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.training.control.TrainingReportData.Summary;

/**
 * Báo cáo kết quả bồi dưỡng: {@code GET /ptdv/api/reports/training-summary?org=LC&year=2024}, the classes that started
 * in the year under the organisation (its subtree as it stood that year), their learners and pass rate by course type,
 * by audience and by organising political centre. Aggregate figures only: no names.
 */
@ApplicationScoped
public class TrainingSummaryReport implements ReportProvider {

    static final String ID = "training-summary";

    @Inject
    TrainingReportQueries queries;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Inject
    YearRange years;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Kết quả bồi dưỡng nhận thức về Đảng và bồi dưỡng đảng viên mới";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(
                ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION,
                        "Mã tổ chức đảng, ví dụ LC; tính các lớp do các tổ chức trực thuộc mở theo cây tổ chức của năm."),
                ReportParameter.required("year", "Năm", Type.YEAR, "Năm khai giảng của lớp, 4 chữ số."));
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String code = arguments.requireString("org").strip();
        int year = arguments.requireInt("year");
        if (year < years.min() || year > years.max()) {
            throw ProblemException.badParameter("year", "Năm phải từ " + years.min() + " đến " + years.max() + ".");
        }
        OrganizationRef org = OrganizationRef.latestValidDuring(organizations.history(code),
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code
                        + " trong năm " + year + "."));
        String pattern = org.subtreePattern();
        Summary summary = new Summary(org.name(), year, queries.byCourseType(pattern, year),
                queries.byAudience(pattern, year), queries.byOrganizer(pattern, year));
        IssuerDetails issuer = issuers.issuerOrDefault(org);
        Letterhead letterhead = new Letterhead(issuer.superiorBody(), issuer.issuingBody(), null, "BC/" + issuer.symbol(),
                issuer.place(), null, "BÁO CÁO", "Kết quả bồi dưỡng nhận thức về Đảng và bồi dưỡng đảng viên mới năm " + year,
                new Signature(issuer.signatureAuthority(), issuer.signerPosition(), issuer.signerName()),
                issuer.recipients());
        return ReportRequest.of(TrainingReports.DOCUMENT_TEMPLATE, letterhead, Map.of(),
                TrainingReportText.summaryBody(summary), arguments.format(), arguments.pdfA(),
                "ket-qua-boi-duong-" + org.code() + "-" + year);
    }
}
