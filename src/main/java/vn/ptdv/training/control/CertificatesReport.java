package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Learner;

/**
 * Giấy chứng nhận của một lớp: {@code GET /ptdv/api/reports/certificates?class=ID}, one A4 landscape page per learner
 * who passed and holds a certificate number (Mẫu CN-NTVĐ for the awareness course). A class without such a learner
 * answers 422. Names people: only roles with DOWNLOAD_NAMED_LISTS, and only for classes in their scope.
 */
@ApplicationScoped
public class CertificatesReport extends ClassReport {

    static final ReportDefinition DEFINITION = definition("certificates", "Giấy chứng nhận học lớp bồi dưỡng");

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    ReportRequest document(ClassInfo c, List<Learner> learners, IssuerDetails committee, ReportArguments a) {
        List<CertificatePage> pages = CertificatePage.of(c, learners, ClassIssuer.of(c.centreName(), committee));
        if (pages.isEmpty()) {
            throw unprocessable("Lớp bồi dưỡng có mã số " + c.id()
                    + " chưa có học viên đạt yêu cầu được cấp giấy chứng nhận.");
        }
        return ReportRequest.of(TrainingReports.CERTIFICATE_TEMPLATE, null, Map.of(), pages, a.format(), a.pdfA(),
                "giay-chung-nhan-lop-" + c.id());
    }
}
