package vn.ptdv.emulation.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.emulation.control.EligibilityEvaluator.Check;

/**
 * Kết quả bình xét of a campaign as the REST API and the reports show it: the stored evaluation (or a fresh one not
 * yet stored, {@code evaluationId} null), the proposal state, and one row per participant in ranking order.
 */
public record EvaluationResult(String campaign, String campaignName, int campaignVersion, boolean current,
                               Long evaluationId, Instant evaluatedAt, String evaluatedBy, Proposal proposal,
                               long proposed, long notProposedQuota, long notEligible, List<Row> participants) {

    /** Đề nghị khen thưởng: DRAFT → SUBMITTED → APPROVED or REJECTED. */
    public record Proposal(String status, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                           String decisionNumber, LocalDate decisionDate, String decisionNote) {
    }

    /** One participant. {@code ratioText} is the ratio as printed ("121,6%"), null without a positive target. */
    public record Row(int rank, String code, String name, String parentName, Integer target, long admitted,
                      BigDecimal ratio, String ratioText, String tierReached, String tierProposed, String outcome,
                      String summary, List<Check> checks) {
    }
}
