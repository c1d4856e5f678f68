package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportRequest;

/** Tờ trình đề nghị khen thưởng with the attached danh sách: {@code GET /ptdv/api/reports/award-eligibility?campaign=…}. */
@ApplicationScoped
public class AwardEligibilityReport extends AwardReport {

    static final ReportDefinition DEFINITION = AwardReports.definition("award-eligibility",
            "Tờ trình đề nghị khen thưởng phong trào thi đua");

    @Override
    public ReportDefinition definition() {
        return DEFINITION;
    }

    @Override
    ReportRequest document(EmulationService.CampaignInfo campaign, IssuerDetails issuer, EvaluationResult result) {
        return AwardReports.request(issuer, DocumentType.SUBMISSION,
                "Về việc đề nghị khen thưởng tập thể có thành tích xuất sắc trong " + campaign.name(),
                AwardDocuments.proposal(campaign, AwardReports.issuingBodyText(issuer), result),
                "to-trinh-de-nghi-khen-thuong-" + AwardReports.slug(campaign.code()));
    }
}
