package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Learner;

/**
 * Báo cáo kết quả học tập của một lớp: {@code GET /ptdv/api/reports/class-results?class=ID}. The political centre
 * reports the learners (Vietnamese list order) with attendance, score, grade and certificate number, then the counts
 * and shares per grade. Names people: only roles with DOWNLOAD_NAMED_LISTS, and only for classes in their scope.
 */
@ApplicationScoped
public class ClassResultsReport extends ClassReport {

    static final String ID = "class-results";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Kết quả học tập của lớp bồi dưỡng";
    }

    @Override
    ReportRequest document(ClassInfo c, List<Learner> learners, IssuerDetails committee, ReportArguments a) {
        ClassIssuer issuer = ClassIssuer.of(c.centreName(), committee);
        Letterhead letterhead = new Letterhead(issuer.superiorBody(), issuer.issuingBody(), null, "BC/" + issuer.symbol(),
                issuer.place(), null, "BÁO CÁO",
                "Kết quả học tập " + TrainingReportText.className(c.courseType()) + " "
                        + TrainingReportText.lowerFirst(TrainingReportText.course(c.name())),
                new Signature(issuer.authority(), issuer.position(), issuer.signerName()),
                List.of("Thường trực cấp ủy (b/c)", "Ban Tổ chức cấp ủy", "Các tổ chức đảng cử học viên", "Lưu Trung tâm"));
        return ReportRequest.of(TrainingReports.DOCUMENT_TEMPLATE, letterhead, Map.of(),
                TrainingReportText.classResultsBody(c, learners), a.format(), a.pdfA(), "ket-qua-hoc-tap-lop-" + c.id());
    }
}
