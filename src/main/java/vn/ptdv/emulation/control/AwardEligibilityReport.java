package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * Tờ trình đề nghị khen thưởng with the attached danh sách: {@code GET /ptdv/api/reports/award-eligibility?campaign=…}.
 * The campaign's issuing organisation must lie in the caller's scope (checked here: the parameter is TEXT, so the
 * reporting boundary cannot check it); otherwise the answer is the 404 of a campaign that does not exist.
 */
@ApplicationScoped
public class AwardEligibilityReport implements ReportProvider {

    @Inject
    EmulationService emulation;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Override
    public String id() {
        return "award-eligibility";
    }

    @Override
    public String title() {
        return "Tờ trình đề nghị khen thưởng phong trào thi đua";
    }

    @Override
    public List<ReportParameter> parameters() {
        return AwardReports.parameters();
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String code = arguments.requireString("campaign");
        EmulationService.CampaignInfo campaign = emulation.info(code, Permission.DOWNLOAD_REPORTS);
        EvaluationResult result = emulation.forReport(code, Permission.DOWNLOAD_REPORTS);
        IssuerDetails issuer = AwardReports.issuer(organizations, issuers, campaign.organizationCode());
        return AwardReports.request(issuer, "TỜ TRÌNH", "TTr",
                "Về việc đề nghị khen thưởng tập thể có thành tích xuất sắc trong " + campaign.name(),
                AwardDocuments.proposal(campaign, AwardReports.issuingBodyText(issuer), result), arguments,
                "to-trinh-de-nghi-khen-thuong-" + AwardReports.slug(campaign.code()));
    }
}
