package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * The documents of an award dossier: báo cáo thành tích of a proposed unit, biên bản of the council, quyết định khen
 * thưởng with its danh sách, and the certificates. Each reads {@link AwardDossierService#documents} (the API's figures)
 * in the caller's scope.
 */
final class AwardDossierReports {

    static final String CERTIFICATE_TEMPLATE = "emulation/award-certificate";

    private AwardDossierReports() {
    }

    /** {@code GET /ptdv/api/reports/award-achievement-report?campaign=&org=}: for the issuer or the unit's own staff. */
    @ApplicationScoped
    public static class AchievementReportDocument implements ReportProvider {

        static final ReportDefinition DEFINITION = ReportDefinition.of("award-achievement-report",
                "Báo cáo thành tích của tập thể đề nghị khen thưởng",
                ReportParameter.required("campaign", "Phong trào thi đua", ReportParameter.Type.TEXT, "Mã phong trào, ví dụ LC-PTDV-2024"),
                ReportParameter.required("org", "Tập thể", ReportParameter.Type.TEXT, "Mã tổ chức được đề nghị khen thưởng"));

        @Inject
        AwardDossierService dossier;

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
            String unit = a.requireString("org");
            AwardDossier.Documents d = dossier.documents(a.requireString("campaign"), unit, Permission.DOWNLOAD_REPORTS);
            AwardDossier.AwardEntry e = d.entries().get(0);
            IssuerDetails issuer = AwardReports.issuer(organizations, issuers, e.organizationCode());
            return AwardReports.request(issuer, DocumentType.REPORT,
                    (d.route().simplified() ? "Tóm tắt thành tích đề nghị tặng " : "Thành tích đề nghị tặng ") + e.tier(),
                    AwardDossierDocuments.achievementReport(d, e),
                    "bao-cao-thanh-tich-" + AwardReports.slug(d.campaignCode()) + "-" + AwardReports.slug(e.organizationCode()));
        }
    }

    /** {@code GET /ptdv/api/reports/award-council-minutes?campaign=}: once the meeting is recorded. */
    @ApplicationScoped
    public static class CouncilMinutesReport implements ReportProvider {

        static final ReportDefinition DEFINITION = AwardReports.definition("award-council-minutes",
                "Biên bản họp Hội đồng Thi đua – Khen thưởng");

        @Inject
        AwardDossierService dossier;

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
            AwardDossier.Documents d = dossier.documents(a.requireString("campaign"), null, Permission.DOWNLOAD_REPORTS);
            AwardDossierRules.checkCouncilStep(d.route());
            if (d.meeting() == null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Chưa có biên bản họp Hội đồng Thi đua – Khen thưởng.");
            }
            IssuerDetails issuer = AwardReports.issuer(organizations, issuers, d.issuerCode());
            return AwardReports.request(issuer, DocumentType.MINUTES, "Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng "
                    + lowerFirst(d.campaignName()), AwardDossierDocuments.minutes(d), "bien-ban-hoi-dong-" + AwardReports.slug(d.campaignCode()));
        }
    }

    /** {@code GET /ptdv/api/reports/award-decision?campaign=}: the decision of the units the council voted for. */
    @ApplicationScoped
    public static class DecisionReport implements ReportProvider {

        static final ReportDefinition DEFINITION = AwardReports.definition("award-decision",
                "Quyết định khen thưởng kèm danh sách tập thể");

        @Inject
        AwardDossierService dossier;

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
            AwardDossier.Documents d = dossier.documents(a.requireString("campaign"), null, Permission.DOWNLOAD_REPORTS);
            if (d.awarded().isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, d.route().simplified()
                        ? "Chưa có báo cáo tóm tắt thành tích nào được thẩm định, chấp nhận; chưa có quyết định khen thưởng để in."
                        : "Hội đồng chưa thông qua tập thể nào; chưa có quyết định khen thưởng để in.");
            }
            IssuerDetails issuer = AwardReports.issuer(organizations, issuers, d.issuerCode());
            if (d.route().state()) {
                // the state route's decision is signed by the awarding authority's Chủ tịch (its name when configured)
                issuer = new IssuerDetails(issuer.organizationCode(), issuer.superiorBody(), issuer.issuingBody(),
                        issuer.symbol(), issuer.place(), null, AwardDossierDocuments.STATE_SIGNER, d.route().grantingSigner(),
                        issuer.recipients(), issuer.stored());
            }
            ReportRequest r = AwardReports.request(issuer, DocumentType.DECISION, "Về việc khen thưởng tập thể có thành tích xuất sắc trong "
                    + lowerFirst(d.campaignName()), AwardDossierDocuments.decision(d, AwardReports.issuingBodyText(issuer)),
                    "quyet-dinh-khen-thuong-" + AwardReports.slug(d.campaignCode()));
            // approved: the decision's number and date as recorded; before it, a draft with the blanks
            return "APPROVED".equals(d.proposalStatus()) && d.decisionNumber() != null && d.decisionDate() != null
                    ? r.issued(new DocumentIssue(d.decisionNumber(), d.decisionDate())) : r;
        }
    }

    /** {@code GET /ptdv/api/reports/award-certificates?campaign=}: one page per awarded unit, after the decision. */
    @ApplicationScoped
    public static class CertificatesReport implements ReportProvider {

        static final ReportDefinition DEFINITION = AwardReports.definition("award-certificates",
                "Giấy khen, Bằng khen của quyết định khen thưởng");

        @Inject
        AwardDossierService dossier;

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
            AwardDossier.Documents d = dossier.documents(a.requireString("campaign"), null, Permission.DOWNLOAD_REPORTS);
            if (!"APPROVED".equals(d.proposalStatus()) || d.decisionDate() == null) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "Đề nghị khen thưởng chưa có quyết định phê duyệt; chưa in được giấy khen, bằng khen.");
            }
            IssuerDetails issuer = AwardReports.issuer(organizations, issuers, d.issuerCode());
            List<AwardCertificatePage> pages = AwardDossierDocuments.certificates(d, issuer, AwardReports.issuingBodyText(issuer));
            return ReportRequest.of(CERTIFICATE_TEMPLATE, null, Map.of(), pages, a.format(), a.pdfA(),
                    "giay-khen-" + AwardReports.slug(d.campaignCode()));
        }
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi-VN")) + s.substring(1);
    }
}
