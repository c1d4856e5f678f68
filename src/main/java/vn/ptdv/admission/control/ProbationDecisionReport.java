package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Quyết định công nhận đảng viên chính thức: {@code GET /ptdv/api/reports/probation-decision?admission=ID}, one
 * member, on the letterhead of the committee that decides (the đảng bộ cấp trên cơ sở above the cell, or the highest
 * committee of the path), from the recorded resolution of the cell; with the decision's number and date once recorded,
 * blank for the clerk while the cell has considered and the committee has not yet decided.
 */
@ApplicationScoped
public class ProbationDecisionReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("probation-decision",
                    "Quyết định công nhận đảng viên chính thức",
                    ReportParameter.required("admission", "Hồ sơ kết nạp", ReportParameter.Type.ID,
                            "Số hồ sơ kết nạp (admissionId) của đảng viên đã được chi bộ xét đủ hai phần ba tán thành."))
            .namingPeople().requiring(Permission.READ_ADMISSIONS);

    @Inject
    ProbationService probations;

    @Inject
    AdmissionRepository admissions;

    @Inject
    AdmissionRuleBook book;

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
        long id = arguments.id("admission").orElseThrow(() -> ProblemException.badParameter("admission",
                "Tham số admission (số hồ sơ kết nạp) là bắt buộc."));
        String missing = "Không tìm thấy hồ sơ kết nạp số " + id + ".";
        Admission a = admissions.find(id).orElseThrow(() -> ProblemException.notFound(missing));
        arguments.requireInScope(a.getOrgPath(), missing);
        ProbationService.Entry e = probations.entry(id, LocalDate.now()).orElseThrow(() -> ProblemException.notFound(missing));
        var r = e.row();
        boolean considered = r.considerationDate() != null
                && ProbationRules.twoThirds(r.votesFor(), r.officialMembers());
        if (e.status() != ProbationStatus.RECOGNISED && !(e.status() == ProbationStatus.CONSIDERED && considered)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Chưa thể lập quyết định công nhận đồng chí " + r.fullName()
                    + ": " + e.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " (cần nghị quyết của chi bộ với ít nhất hai phần ba số đảng viên chính thức tán thành).");
        }
        OrganizationRef cell = organizations.findById(a.getOrganizationId()).orElseThrow();
        OrganizationRef committee = deciding(cell);
        Letterhead letterhead = Letterhead.of(AdmissionLetterheads.issuer(issuers.issuerOrDefault(committee)),
                DocumentType.DECISION, "Về việc công nhận đảng viên chính thức");
        if (e.status() == ProbationStatus.RECOGNISED) {
            letterhead = letterhead.issued(new DocumentIssue(r.recognitionNumber(), r.recognitionDate()));
        }
        String votes = VietnameseFormat.integer(r.votesFor()) + "/" + VietnameseFormat.integer(r.officialMembers());
        DocumentBody.Builder body = DocumentBody.builder()
                .paragraph("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
                .paragraph("- Căn cứ " + book.on(r.probationEnd()).sources() + ";")
                .paragraph("- Xét nghị quyết ngày " + VietnameseFormat.date(r.considerationDate()) + " của " + cell.name()
                        + " (" + votes + " đảng viên chính thức tán thành) đề nghị công nhận đảng viên chính thức"
                        + (e.lateConsideration() && r.explanation() != null ? "; " + r.explanation() : "") + ",")
                .heading("QUYẾT ĐỊNH:")
                .paragraph("Điều 1. Công nhận đồng chí " + r.fullName() + ", sinh ngày " + VietnameseFormat.date(a.getBirthDate())
                        + ", kết nạp vào Đảng ngày " + VietnameseFormat.date(r.ceremonyDate()) + " (Quyết định số "
                        + r.decisionNumber() + " ngày " + VietnameseFormat.date(r.decisionDate()) + ") là đảng viên chính "
                        + "thức kể từ ngày " + VietnameseFormat.date(r.probationEnd()) + ".")
                .paragraph("Điều 2. " + cell.name() + " và đồng chí " + r.fullName()
                        + " chịu trách nhiệm thi hành Quyết định này.");
        return ReportRequest.document(letterhead, body.build(), "quyet-dinh-cong-nhan-dang-vien-chinh-thuc-" + id);
    }

    /** The committee that decides for a cell: the đảng bộ cấp trên cơ sở above it, else the top of its path. */
    private OrganizationRef deciding(OrganizationRef cell) {
        OrganizationRef o = cell;
        OrganizationRef top = cell;
        while (o != null) {
            if (o.kind() == OrganizationKind.UPPER_GRASSROOTS_COMMITTEE) {
                return o;
            }
            top = o;
            o = o.parentId() == null ? null : organizations.findById(o.parentId()).orElse(null);
        }
        return top;
    }
}
