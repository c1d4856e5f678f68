package vn.ptdv.emulation.control;

import jakarta.inject.Inject;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * What the two award documents share: the scope check (the parameter is TEXT, so the download cannot check it: a
 * campaign outside the caller's scope answers the 404 of one that does not exist, and its evaluation reads the
 * participants' records in the caller's scope only), the evaluation they print and the issuer of the campaign's
 * organisation.
 */
abstract class AwardReport implements ReportProvider {

    @Inject
    EmulationService emulation;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Override
    public ReportRequest build(ReportArguments arguments) {
        String code = arguments.requireString("campaign");
        EmulationService.CampaignInfo campaign = emulation.info(code, Permission.DOWNLOAD_REPORTS);
        EvaluationResult result = emulation.forReport(code, Permission.DOWNLOAD_REPORTS);
        IssuerDetails issuer = AwardReports.issuer(organizations, issuers, campaign.organizationCode());
        return document(campaign, issuer, result);
    }

    /** The document of this report for the campaign and its evaluation. */
    abstract ReportRequest document(EmulationService.CampaignInfo campaign, IssuerDetails issuer, EvaluationResult result);
}
