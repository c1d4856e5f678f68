package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Learner;

/**
 * Báo cáo kết quả học tập của một lớp: {@code GET /ptdv/api/reports/class-results?class=ID}. The political centre
 * reports the learners (Vietnamese list order) with attendance, score, grade and certificate number, then the counts
 * and shares per grade. Names people: only roles with DOWNLOAD_NAMED_LISTS, and only for classes in their scope.
 */
@ApplicationScoped
public class ClassResultsReport extends ClassReport {

    static final ReportDefinition DEFINITION = definition("class-results", "Kết quả học tập của lớp bồi dưỡng");

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    ReportRequest document(ClassInfo c, List<Learner> learners, IssuerDetails committee, ReportArguments a) {
        Letterhead letterhead = Letterhead.of(ClassIssuer.of(c.centreName(), committee).documents(List.of(
                        "Thường trực cấp ủy (b/c)", "Ban Tổ chức cấp ủy", "Các tổ chức đảng cử học viên", "Lưu Trung tâm")),
                DocumentType.REPORT, "Kết quả học tập " + TrainingReportText.className(c.courseType()) + " "
                        + TrainingReportText.lowerFirst(TrainingReportText.course(c.name())));
        return ReportRequest.document(letterhead, TrainingReportText.classResultsBody(c, learners),
                "ket-qua-hoc-tap-lop-" + c.id());
    }
}
