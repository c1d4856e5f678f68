package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Danh sách quần chúng ưu tú đề nghị cử đi học lớp bồi dưỡng nhận thức về Đảng:
 * {@code GET /ptdv/api/reports/awareness-nominations?org=LC-BT}, the candidates of the subtree who have not yet attended
 * the course (cảm tình Đảng), what the political centre needs to open a class. A named list.
 */
@ApplicationScoped
public class AwarenessNominationReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("awareness-nominations",
                    "Danh sách quần chúng ưu tú đề nghị cử đi học lớp bồi dưỡng nhận thức về Đảng",
                    ReportParameter.required("org", "Tổ chức đảng", ReportParameter.Type.ORGANIZATION,
                            "Mã chi bộ hoặc đảng bộ đề nghị, ví dụ LC-BT; gồm quần chúng của các tổ chức trực thuộc."))
            .namingPeople().requiring(Permission.READ_ADMISSIONS);

    @Inject
    CandidateLists lists;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        List<OrganizationRef> roots = lists.roots(arguments);
        OrganizationRef latest = roots.get(roots.size() - 1);
        // waiting for the course: in the pool, not attending a class yet
        List<Candidate> rows = lists.candidates(roots, List.of(CandidateState.POOL)).stream()
                .filter(c -> c.getAwarenessClass() == null).toList();
        Table.Builder t = Table.of(Column.integer("STT", 28).centered(), Column.text("Họ và tên", 96),
                Column.date("Ngày sinh", 62), Column.text("Giới tính", 40).centered(),
                Column.text("Giáo dục phổ thông", 60), Column.text("Chuyên môn", 60), Column.text("Nghề nghiệp", 64),
                Column.text("Chi bộ đề nghị", 94)).fontSize(10f);
        var names = lists.names(rows);
        int i = 0;
        for (Candidate c : rows) {
            t.row(++i, c.getFullName(), c.getBirthDate(), c.getGender().label(), c.getGeneralEducation().label(),
                    c.getProfessionalQualification().label(), c.getOccupation().label(), names.get(c.getOrganizationCode()));
        }
        DocumentBody.Builder body = DocumentBody.builder()
                .paragraph(latest.name() + " đề nghị Trung tâm Chính trị cử các quần chúng ưu tú có tên dưới đây đi học "
                        + "lớp bồi dưỡng nhận thức về Đảng. Các quần chúng đã được chi bộ đưa vào danh sách cảm tình Đảng "
                        + "và phân công đảng viên chính thức giúp đỡ.")
                .paragraph("Tổng số: " + VietnameseFormat.integer(rows.size()) + " quần chúng.");
        if (rows.isEmpty()) {
            body.paragraph("Không có quần chúng nào chờ học lớp bồi dưỡng nhận thức về Đảng.");
        } else {
            body.table(t.build());
        }
        return ReportRequest.document(lists.letterhead(latest,
                        "Quần chúng ưu tú đề nghị cử đi học lớp bồi dưỡng nhận thức về Đảng"),
                body.build(), "danh-sach-de-nghi-hoc-lop-nhan-thuc-" + latest.code());
    }
}
