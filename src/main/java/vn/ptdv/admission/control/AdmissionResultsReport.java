package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionStatistics;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * Báo cáo kết quả công tác phát triển đảng viên: {@code GET /ptdv/api/reports/admission-results?org=LC&year=2024}.
 * The figures come from {@link AdmissionStatistics} (grouped SQL), the words from {@link AdmissionResultsText}, the
 * letterhead and signature from the organisation's issuer details (or their default derived from its name).
 */
@ApplicationScoped
public class AdmissionResultsReport implements ReportProvider {

    static final String ID = "admission-results";
    static final String TEMPLATE = "admission/admission-results";

    @Inject
    AdmissionStatistics statistics;

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
        return "Kết quả công tác phát triển đảng viên";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(
                ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION,
                        "Mã tổ chức đảng, ví dụ LC; báo cáo tính toàn bộ các tổ chức trực thuộc theo cây tổ chức của năm báo cáo."),
                ReportParameter.required("year", "Năm báo cáo", Type.YEAR,
                        "Năm có 4 chữ số; đảng viên được tính vào năm của ngày quyết định kết nạp."));
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String code = arguments.requireString("org");
        int year = arguments.requireInt("year");
        if (year < years.min() || year > years.max()) {
            throw ProblemException.badParameter("year", "Năm báo cáo phải từ " + years.min() + " đến " + years.max() + ".");
        }
        AdmissionResults results = statistics.results(code, year);
        IssuerDetails issuer = issuers.issuerOrDefault(results.organization());
        Letterhead letterhead = AdmissionLetterheads.of(issuer, "BC", "BÁO CÁO",
                "Kết quả công tác phát triển đảng viên năm " + year);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("organizationName", results.organization().name());
        return ReportRequest.of(TEMPLATE, letterhead, parameters, AdmissionResultsText.body(results),
                arguments.format(), arguments.pdfA(), fileName(results.organization().code(), year));
    }

    /** "bao-cao-ket-qua-phat-trien-dang-vien-LC-2024" (codes are upper-case ASCII with hyphens). */
    static String fileName(String code, int year) {
        return "bao-cao-ket-qua-phat-trien-dang-vien-" + code + "-" + year;
    }
}
