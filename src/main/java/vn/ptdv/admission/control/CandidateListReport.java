package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
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
 * Danh sách quần chúng cảm tình Đảng: {@code GET /ptdv/api/reports/candidate-list?org=LC-BT-X01[&state=POOL|AWARENESS|
 * DOSSIER]}, the open candidates of a cell or a committee's subtree on today's date, by cell, with where each stands and
 * the party members helping them. A named list: the ethnicity and religion are not printed.
 */
@ApplicationScoped
public class CandidateListReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("candidate-list", "Danh sách quần chúng cảm tình Đảng",
                    ReportParameter.required("org", "Tổ chức đảng", ReportParameter.Type.ORGANIZATION,
                            "Mã chi bộ hoặc đảng bộ, ví dụ LC-BT; danh sách gồm toàn bộ các tổ chức trực thuộc."),
                    ReportParameter.optional("state", "Trạng thái", ReportParameter.Type.TEXT,
                            "Để trống: mọi quần chúng đang được bồi dưỡng; POOL: chưa học lớp nhận thức; AWARENESS: đã học "
                                    + "lớp nhận thức; DOSSIER: đang làm hồ sơ kết nạp."))
            .namingPeople().requiring(Permission.READ_ADMISSIONS);

    static final List<CandidateState> OPEN = List.of(CandidateState.POOL, CandidateState.AWARENESS, CandidateState.DOSSIER);

    @Inject
    CandidateLists lists;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        List<CandidateState> states = OPEN;
        String what = "";
        var s = arguments.string("state").map(String::strip).filter(x -> !x.isEmpty());
        if (s.isPresent()) {
            CandidateState st = OPEN.stream().filter(x -> x.name().equals(s.get().toUpperCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> ProblemException.badParameter("state",
                            "Tham số state phải là POOL, AWARENESS hoặc DOSSIER (hoặc để trống)."));
            states = List.of(st);
            what = " (" + st.label().toLowerCase(Locale.forLanguageTag("vi-VN")) + ")";
        }
        List<OrganizationRef> roots = lists.roots(arguments);
        OrganizationRef latest = roots.get(roots.size() - 1);
        LocalDate today = LocalDate.now();
        List<Candidate> rows = lists.candidates(roots, states);
        Table.Builder t = Table.of(Column.integer("STT", 28).centered(), Column.text("Họ và tên", 90),
                Column.date("Ngày sinh", 62), Column.text("Nghề nghiệp", 58), Column.text("Chi bộ", 80),
                Column.date("Ngày vào danh sách", 62), Column.text("Đảng viên giúp đỡ", 72),
                Column.text("Tình trạng", 72)).fontSize(10f);
        var names = lists.names(rows);
        int i = 0;
        for (Candidate c : rows) {
            t.row(++i, c.getFullName(), c.getBirthDate(), c.getOccupation().label(), names.get(c.getOrganizationCode()),
                    c.getAddedOn(), c.getHelpers() == null ? "" : c.getHelpers(), CandidateLists.where(c));
        }
        DocumentBody.Builder body = DocumentBody.builder()
                .paragraph("Quần chúng ưu tú được chi bộ đưa vào danh sách cảm tình Đảng, phân công đảng viên chính thức "
                        + "giúp đỡ, giới thiệu đi học lớp bồi dưỡng nhận thức về Đảng và làm hồ sơ kết nạp theo Hướng dẫn "
                        + "của Ban Tổ chức Trung ương.")
                .paragraph("Tổng số: " + VietnameseFormat.integer(rows.size()) + " quần chúng (tính đến ngày "
                        + VietnameseFormat.date(today) + ").");
        if (rows.isEmpty()) {
            body.paragraph("Không có quần chúng nào trong danh sách.");
        } else {
            body.table(t.build());
        }
        return ReportRequest.document(lists.letterhead(latest, "Quần chúng cảm tình Đảng" + what),
                body.build(), "danh-sach-quan-chung-cam-tinh-dang-" + latest.code());
    }
}
