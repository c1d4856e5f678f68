package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.training.control.TrainingReportData.Summary;

/**
 * Báo cáo kết quả bồi dưỡng: {@code GET /ptdv/api/reports/training-summary?org=LC&year=2024}, the classes that started
 * in the year under the organisation (its subtree as it stood that year, of its record in the caller's scope), their
 * learners and pass rate by course type, by audience and by organising political centre. Aggregate figures only.
 */
@ApplicationScoped
public class TrainingSummaryReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("training-summary",
            "Kết quả bồi dưỡng nhận thức về Đảng và bồi dưỡng đảng viên mới",
            ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION,
                    "Mã tổ chức đảng, ví dụ LC; tính các lớp do các tổ chức trực thuộc mở theo cây tổ chức của năm."),
            ReportParameter.required("year", "Năm", Type.YEAR, "Năm khai giảng của lớp, 4 chữ số."));

    @Inject
    TrainingReportQueries queries;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String code = arguments.requireString("org");
        int year = arguments.requireInt("year");
        OrganizationRef org = OrganizationRef.latestValidDuring(arguments.scope().filter(organizations.history(code),
                        OrganizationRef::path), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code
                        + " trong năm " + year + "."));
        String pattern = org.subtreePattern();
        Summary summary = new Summary(org.name(), year, queries.byCourseType(pattern, year),
                queries.byAudience(pattern, year), queries.byOrganizer(pattern, year));
        Letterhead letterhead = Letterhead.of(TrainingReports.issuer(issuers.issuerOrDefault(org)), DocumentType.REPORT,
                "Kết quả bồi dưỡng nhận thức về Đảng và bồi dưỡng đảng viên mới năm " + year);
        return ReportRequest.document(letterhead, TrainingReportText.summaryBody(summary),
                "ket-qua-boi-duong-" + org.code() + "-" + year);
    }
}
