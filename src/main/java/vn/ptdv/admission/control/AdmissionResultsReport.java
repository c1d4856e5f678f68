package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionStatistics;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * Báo cáo kết quả công tác phát triển đảng viên: {@code GET /ptdv/api/reports/admission-results?org=LC&year=2024}.
 * The figures come from {@link AdmissionStatistics} (grouped SQL, in the caller's scope), the words from
 * {@link AdmissionResultsText}, the letterhead and signature from the organisation's issuer details (or their default
 * derived from its name).
 */
@ApplicationScoped
public class AdmissionResultsReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("admission-results",
            "Kết quả công tác phát triển đảng viên",
            ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION,
                    "Mã tổ chức đảng, ví dụ LC; báo cáo tính toàn bộ các tổ chức trực thuộc theo cây tổ chức của năm báo cáo."),
            ReportParameter.required("year", "Năm báo cáo", Type.YEAR,
                    "Năm có 4 chữ số; đảng viên được tính vào năm của ngày quyết định kết nạp."));

    @Inject
    AdmissionStatistics statistics;

    @Inject
    IssuerDirectory issuers;

    @Inject
    YearDecisions decisions;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        int year = arguments.requireInt("year");
        AdmissionResults results = statistics.results(arguments.requireString("org"), year, arguments.scope());
        Letterhead letterhead = Letterhead.of(AdmissionLetterheads.issuer(issuers.issuerOrDefault(results.organization())),
                DocumentType.REPORT, "Kết quả công tác phát triển đảng viên năm " + year);
        return ReportRequest.document(letterhead, AdmissionResultsText.body(results,
                        decisions.of(results.organization().code(), year, arguments.scope())),
                fileName(results.organization().code(), year));
    }

    /** "bao-cao-ket-qua-phat-trien-dang-vien-LC-2024" (codes are upper-case ASCII with hyphens). */
    static String fileName(String code, int year) {
        return "bao-cao-ket-qua-phat-trien-dang-vien-" + code + "-" + year;
    }
}
