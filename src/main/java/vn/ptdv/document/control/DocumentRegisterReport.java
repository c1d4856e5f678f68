package vn.ptdv.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.document.entity.IssuedDocument;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Sổ đăng ký văn bản đi as a document: {@code GET /ptdv/api/reports/document-register?org=LC&year=2026[&kind=BC]}, the
 * register of {@link DocumentService#register} (the caller's scope) printed by {@code document/document-register}.
 */
@ApplicationScoped
public class DocumentRegisterReport implements ReportProvider {

    static final ReportDefinition DEFINITION = ReportDefinition.of("document-register", "Sổ đăng ký văn bản đi",
            ReportParameter.required("org", "Tổ chức ban hành", ReportParameter.Type.ORGANIZATION,
                    "Mã tổ chức đảng ban hành văn bản, ví dụ LC."),
            ReportParameter.required("year", "Năm", ReportParameter.Type.YEAR, "Năm ban hành, 4 chữ số."),
            ReportParameter.optional("kind", "Loại văn bản", ReportParameter.Type.TEXT,
                    "BC, TTr, QĐ, DS, HD hoặc BB; để trống là mọi loại."))
            .inFormats(ReportFormat.PDF, ReportFormat.XLSX);

    static final String TEMPLATE = "document/document-register";

    @Inject
    DocumentService documents;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ReportRequest build(ReportArguments a) {
        String org = a.requireString("org");
        int year = a.requireInt("year");
        String kind = a.string("kind").orElse(null);
        IssuerDetails issuer = issuers.issuerOrDefault(organizations.findCurrentOrLatest(org)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + org + ".")));
        List<IssuedDocument> entries = documents.register(org, String.valueOf(year), kind);
        List<RegisterRow> rows = new ArrayList<>();
        for (IssuedDocument d : entries) {
            rows.add(new RegisterRow(String.valueOf(rows.size() + 1), d.fullNumber(), VietnameseFormat.date(d.getIssuedOn()),
                    kindName(d.getKind()), d.getSummary(), d.getSigner() == null ? "(không ký số)" : d.getSigner(),
                    status(d)));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("superiorBody", issuer.superiorBody());
        parameters.put("issuingBody", String.join("\n", issuer.issuingBody()));
        parameters.put("periodLine", "Năm " + year + (kind == null ? "" : " – loại " + kindName(DocumentNumbers.stored(
                DocumentNumbers.kind(kind)))));
        parameters.put("countLine", "Tổng số: " + VietnameseFormat.integer(rows.size()) + " văn bản");
        return ReportRequest.of(TEMPLATE, null, parameters, rows, a.format(), a.pdfA(),
                "so-dang-ky-van-ban-di-" + org + "-" + year);
    }

    private String status(IssuedDocument d) {
        if (d.isWithdrawn()) {
            return "Đã thu hồi: " + d.getWithdrawalReason();
        }
        if (d.getReplacedById() != null) {
            return "Đã được thay thế bởi số " + documents.number(d.getReplacedById());
        }
        return d.getReplacesId() == null ? "Còn hiệu lực" : "Còn hiệu lực; thay thế số " + documents.number(d.getReplacesId());
    }

    /** "BC" → "Báo cáo". */
    static String kindName(String abbreviation) {
        for (DocumentType t : DocumentType.values()) {
            if (t.abbreviation().equals(abbreviation)) {
                String lower = t.title().toLowerCase(java.util.Locale.forLanguageTag("vi-VN"));
                return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
        }
        return abbreviation;
    }
}
