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
 * Báo cáo kết quả bình xét: every participant with each criterion's value, threshold and outcome:
 * {@code GET /ptdv/api/reports/award-evaluation?campaign=…}. Scope is checked here, as for the tờ trình.
 */
@ApplicationScoped
public class AwardEvaluationReport implements ReportProvider {

    @Inject
    EmulationService emulation;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Override
    public String id() {
        return "award-evaluation";
    }

    @Override
    public String title() {
        return "Kết quả bình xét phong trào thi đua theo từng tiêu chí";
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
        return AwardReports.request(issuer, "BÁO CÁO", "BC", "Kết quả bình xét " + campaign.name(),
                AwardDocuments.evaluation(campaign, AwardReports.issuingBodyText(issuer), result), arguments,
                "ket-qua-binh-xet-thi-dua-" + AwardReports.slug(campaign.code()));
    }
}
