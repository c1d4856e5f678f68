package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportRequest;

/** Tờ trình đề nghị khen thưởng with the attached danh sách: {@code GET /ptdv/api/reports/award-eligibility?campaign=…}. */
@ApplicationScoped
public class AwardEligibilityReport extends AwardReport {

    @Override
    public String id() {
        return "award-eligibility";
    }

    @Override
    public String title() {
        return "Tờ trình đề nghị khen thưởng phong trào thi đua";
    }

    @Override
    ReportRequest document(EmulationService.CampaignInfo campaign, IssuerDetails issuer, EvaluationResult result,
                           ReportArguments arguments) {
        return AwardReports.request(issuer, "TỜ TRÌNH", "TTr",
                "Về việc đề nghị khen thưởng tập thể có thành tích xuất sắc trong " + campaign.name(),
                AwardDocuments.proposal(campaign, AwardReports.issuingBodyText(issuer), result), arguments,
                "to-trinh-de-nghi-khen-thuong-" + AwardReports.slug(campaign.code()));
    }
}
