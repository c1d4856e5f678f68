package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.document.api.DocumentRegister;
import vn.ptdv.document.api.IssuedDocumentRef;
import vn.ptdv.emulation.control.EligibilityEvaluator.Result;
import vn.ptdv.emulation.control.EvaluationResult.Row;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.emulation.entity.Evaluation;
import vn.ptdv.emulation.entity.EvaluationRow;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Bình xét and đề nghị khen thưởng of a campaign: evaluations stored with the campaign version they used, the proposal
 * from draft to decision ({@link ProposalRules}), and what the award reports print. Every method checks the caller (a
 * campaign outside the caller's scope is answered as one that does not exist) and every change is audited.
 */
@ApplicationScoped
@Transactional
public class EmulationService {

    static final String CAMPAIGN_NOT_FOUND = "Không tìm thấy phong trào thi đua.";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    CampaignRepository campaigns;

    @Inject
    EmulationScope scope;

    @Inject
    CampaignEvaluator evaluator;

    @Inject
    Access access;

    @Inject
    AwardDossierService dossier;

    @Inject
    AuditLog audit;

    @Inject
    DocumentRegister documents;

    /** The report whose issued document is the award decision of a campaign (the register's entry approval needs). */
    static final String DECISION_REPORT = "award-decision";

    /** Evaluates every participant now and stores the result with the campaign version it used (a new DRAFT). */
    public EvaluationResult evaluate(String code) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaign(code, caller);
        ProposalRules.checkEvaluable(campaigns.latestEvaluation(c).map(Evaluation::getStatus).orElse(null));
        List<Result> results = evaluator.evaluate(c, caller::covers);
        Evaluation e = new Evaluation(c.getId(), c.getDefinitionVersion(), caller.username());
        for (Result r : results) {
            e.add(new EvaluationRow(r.rank(), r.participant().code(), r.participant().name(), r.participant().parentName(),
                    r.participant().figures().target(), r.participant().figures().admitted(), r.ratio(), r.tierReached(),
                    r.tierProposed(), r.outcome().name(), r.summary(), CampaignJson.checksJson(r.checks())));
        }
        campaigns.persist(e);
        campaigns.flush();
        long proposed = results.stream().filter(r -> r.outcome() == EligibilityEvaluator.Outcome.PROPOSED).count();
        audit.change("EMULATION_EVALUATED", "campaign:" + c.getCode(), c.getOrgPath(), null,
                "{\"evaluation\":" + e.getId() + ",\"campaignVersion\":" + c.getDefinitionVersion() + ",\"participants\":"
                        + results.size() + ",\"proposed\":" + proposed + "}");
        return stored(c, e);
    }

    /** The latest stored evaluation; when there is none yet, an empty result (nothing evaluated). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResult evaluation(String code) {
        Campaign c = scope.campaign(code, access.require(Permission.READ_AGGREGATES));
        return campaigns.latestEvaluation(c).map(e -> stored(c, e)).orElseGet(() -> new EvaluationResult(c.getCode(),
                c.getName(), c.getDefinitionVersion(), false, null, null, null, null, 0, 0, 0, List.of()));
    }

    /**
     * What a report prints: the latest stored evaluation if it used the current definition, else a fresh evaluation
     * that is not stored. The caller needs {@code permission} and a scope covering the campaign's organisation.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResult forReport(String code, Permission permission) {
        Caller caller = access.require(permission);
        Campaign c = scope.campaign(code, caller);
        Optional<Evaluation> e = campaigns.latestEvaluation(c);
        if (e.isPresent() && e.get().getCampaignVersion() == c.getDefinitionVersion()) {
            return stored(c, e.get());
        }
        List<Row> rows = evaluator.evaluate(c, caller::covers).stream().map(EmulationService::row).toList();
        return result(c, null, rows);
    }

    /** The campaign's definition and issuer path, for the reports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignInfo info(String code, Permission permission) {
        Campaign c = scope.campaign(code, access.require(permission));
        return new CampaignInfo(c.getCode(), c.getOrganizationCode(), c.getPlanNumber(), c.getName(), c.getFromYear(),
                c.getToYear(), c.getTiers().stream().map(t -> t.getName() + (t.getQuota() == null ? "" : " (tối đa "
                + t.getQuota() + ")")).toList());
    }

    /** A campaign as the reports describe it. */
    public record CampaignInfo(String code, String organizationCode, String planNumber, String name, int fromYear,
                               int toYear, List<String> tiers) {
    }

    /** Trình đề nghị khen thưởng: the latest evaluation, a DRAFT of the current definition, becomes SUBMITTED. */
    public EvaluationResult submit(String code) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaign(code, caller);
        Evaluation e = campaigns.latestEvaluation(c).orElse(null);
        ProposalRules.checkSubmittable(e == null ? null : e.getStatus(), e == null ? 0 : e.getCampaignVersion(),
                c.getDefinitionVersion());
        e.submit(caller.username());
        audit.change("EMULATION_PROPOSAL_SUBMITTED", "campaign:" + c.getCode(), c.getOrgPath(), "{\"status\":\"DRAFT\"}",
                "{\"status\":\"SUBMITTED\",\"evaluation\":" + e.getId() + "}");
        return stored(c, e);
    }

    /**
     * Quyết định khen thưởng: a SUBMITTED proposal is APPROVED or REJECTED. Approval requires the campaign's award
     * decision issued as an official document (report {@code award-decision} in the register, neither withdrawn nor
     * replaced) and takes its number and date from it; a number or date given must be that document's.
     */
    public EvaluationResult decide(String code, boolean approved, String decisionNumber, LocalDate decisionDate, String note) {
        Caller caller = access.require(Permission.DECIDE_AWARDS);
        Campaign c = scope.campaign(code, caller);
        Evaluation e = campaigns.latestEvaluation(c).orElse(null);
        ProposalRules.checkDecidable(e == null ? null : e.getStatus());
        String number = decisionNumber;
        LocalDate date = decisionDate;
        if (approved) {
            dossier.awarded(c, e);   // the council voted for at least one unit, or (simplified) one summary accepted
            IssuedDocumentRef issued = documents.inForce(DECISION_REPORT, java.util.Map.of("campaign", c.getCode()))
                    .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE, "Quyết định khen thưởng của phong trào "
                            + c.getCode() + " chưa được ban hành (hoặc đã bị thu hồi, thay thế): hãy ban hành quyết định"
                            + " (báo cáo award-decision) vào sổ văn bản đi trước, rồi phê duyệt theo số của quyết định đó."));
            ProposalRules.checkIssuedDecision(issued.number(), issued.issuedOn(), decisionNumber, decisionDate);
            number = issued.number();
            date = issued.issuedOn();
        }
        decisionNumber = number;
        e.decide(approved, number, date, note, caller.username());
        audit.change(approved ? "EMULATION_PROPOSAL_APPROVED" : "EMULATION_PROPOSAL_REJECTED", "campaign:" + c.getCode(),
                c.getOrgPath(), "{\"status\":\"SUBMITTED\"}", "{\"status\":\"" + e.getStatus() + "\",\"decisionNumber\":"
                        + (decisionNumber == null ? "null" : JSONB.toJson(decisionNumber)) + "}");
        return stored(c, e);
    }

    private static Row row(Result r) {
        UnitAchievement f = r.participant().figures();
        return new Row(r.rank(), r.participant().code(), r.participant().name(), r.participant().parentName(), f.target(),
                f.admitted(), r.ratio(), r.ratio() == null ? null : VietnameseFormat.percent(r.ratio()), r.tierReached(),
                r.tierProposed(), r.outcome().name(), r.summary(), r.checks());
    }

    private EvaluationResult stored(Campaign c, Evaluation e) {
        List<Row> rows = e.getRows().stream().map(x -> new Row(x.getRank(), x.getOrganizationCode(),
                x.getOrganizationName(), x.getParentName(), x.getTarget(), x.getAdmitted(), x.getRatio(),
                x.getRatio() == null ? null : VietnameseFormat.percent(x.getRatio()), x.getTierReached(),
                x.getTierProposed(), x.getOutcome(), x.getSummary(), CampaignJson.checks(x.getChecks()))).toList();
        return result(c, e, rows);
    }

    private static EvaluationResult result(Campaign c, Evaluation e, List<Row> rows) {
        EvaluationResult.Proposal proposal = e == null ? null : new EvaluationResult.Proposal(e.getStatus().name(),
                e.getSubmittedBy(), e.getSubmittedAt(), e.getDecidedBy(), e.getDecidedAt(), e.getDecisionNumber(),
                e.getDecisionDate(), e.getDecisionNote());
        return new EvaluationResult(c.getCode(), c.getName(), e == null ? c.getDefinitionVersion() : e.getCampaignVersion(),
                e == null || e.getCampaignVersion() == c.getDefinitionVersion(), e == null ? null : e.getId(),
                e == null ? null : e.getEvaluatedAt(), e == null ? null : e.getEvaluatedBy(), proposal,
                count(rows, "PROPOSED"), count(rows, "NOT_PROPOSED_QUOTA"), count(rows, "NOT_ELIGIBLE"), rows);
    }

    private static long count(List<Row> rows, String outcome) {
        return rows.stream().filter(r -> r.outcome().equals(outcome)).count();
    }
}
