package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportRequest;

/**
 * Báo cáo kết quả bình xét: every participant with each criterion's value, threshold and outcome:
 * {@code GET /ptdv/api/reports/award-evaluation?campaign=…}.
 */
@ApplicationScoped
public class AwardEvaluationReport extends AwardReport {

    static final ReportDefinition DEFINITION = AwardReports.definition("award-evaluation",
            "Kết quả bình xét phong trào thi đua theo từng tiêu chí");

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    ReportRequest document(EmulationService.CampaignInfo campaign, IssuerDetails issuer, EvaluationResult result) {
        return AwardReports.request(issuer, DocumentType.REPORT, "Kết quả bình xét " + campaign.name(),
                AwardDocuments.evaluation(campaign, AwardReports.issuingBodyText(issuer), result),
                "ket-qua-binh-xet-thi-dua-" + AwardReports.slug(campaign.code()));
    }
}
