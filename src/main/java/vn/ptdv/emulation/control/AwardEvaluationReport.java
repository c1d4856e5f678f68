package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * Báo cáo kết quả bình xét: every participant with each criterion's value, threshold and outcome:
 * {@code GET /ptdv/api/reports/award-evaluation?campaign=…}.
 */
@ApplicationScoped
public class AwardEvaluationReport extends AwardReport {

    @Override
    public String id() {
        return "award-evaluation";
    }

    @Override
    public String title() {
        return "Kết quả bình xét phong trào thi đua theo từng tiêu chí";
    }

    @Override
    ReportRequest document(EmulationService.CampaignInfo campaign, IssuerDetails issuer, EvaluationResult result,
                           ReportArguments arguments) {
        return AwardReports.request(issuer, "BÁO CÁO", "BC", "Kết quả bình xét " + campaign.name(),
                AwardDocuments.evaluation(campaign, AwardReports.issuingBodyText(issuer), result), arguments,
                "ket-qua-binh-xet-thi-dua-" + AwardReports.slug(campaign.code()));
    }
}
