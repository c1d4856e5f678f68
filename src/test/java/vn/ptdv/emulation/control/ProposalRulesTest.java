package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ptdv.emulation.entity.Evaluation.Status;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/** Đề nghị khen thưởng: draft, submitted, approved or rejected, and what each state allows. */
class ProposalRulesTest {

    private static void refused(ProblemType type, Executable check) {
        assertEquals(type, assertThrows(ProblemException.class, check).type());
    }

    @Test
    void aWaitingOrApprovedProposalFreezesTheEvaluation() {
        ProposalRules.checkEvaluable(null);
        ProposalRules.checkEvaluable(Status.DRAFT);
        ProposalRules.checkEvaluable(Status.REJECTED);
        refused(ProblemType.CONFLICT, () -> ProposalRules.checkEvaluable(Status.SUBMITTED));
        refused(ProblemType.CONFLICT, () -> ProposalRules.checkEvaluable(Status.APPROVED));
    }

    @Test
    void onlyAWaitingProposalFreezesTheDefinition() {
        ProposalRules.checkEditable(null);
        ProposalRules.checkEditable(Status.APPROVED);
        refused(ProblemType.CONFLICT, () -> ProposalRules.checkEditable(Status.SUBMITTED));
    }

    @Test
    void aDraftOfTheCurrentDefinitionIsSubmitted() {
        ProposalRules.checkSubmittable(Status.DRAFT, 2, 2);
        refused(ProblemType.UNPROCESSABLE, () -> ProposalRules.checkSubmittable(null, 0, 1));
        refused(ProblemType.CONFLICT, () -> ProposalRules.checkSubmittable(Status.SUBMITTED, 2, 2));
        refused(ProblemType.CONFLICT, () -> ProposalRules.checkSubmittable(Status.REJECTED, 2, 2));
        ProblemException stale = assertThrows(ProblemException.class, () -> ProposalRules.checkSubmittable(Status.DRAFT, 1, 2));
        assertEquals("Kết quả bình xét dùng phiên bản 1 của phong trào, nay là phiên bản 2; hãy bình xét lại.",
                stale.getMessage());
    }

    @Test
    void onlyASubmittedProposalIsDecided() {
        ProposalRules.checkDecidable(Status.SUBMITTED);
        for (Status s : new Status[] {null, Status.DRAFT, Status.APPROVED, Status.REJECTED}) {
            refused(ProblemType.CONFLICT, () -> ProposalRules.checkDecidable(s));
        }
    }

    @Test
    void approvalTakesTheIssuedDecisionsNumberAndDate() {
        java.time.LocalDate on = java.time.LocalDate.of(2026, 12, 3);
        ProposalRules.checkIssuedDecision("1-QĐ/HU", on, null, null);
        ProposalRules.checkIssuedDecision("1-QĐ/HU", on, " 1-QĐ/HU ", on);
        ProposalRules.checkIssuedDecision("1-QĐ/HU", on, "", null);
        ProblemException other = assertThrows(ProblemException.class,
                () -> ProposalRules.checkIssuedDecision("1-QĐ/HU", on, "15-QĐ/HU", null));
        assertEquals(ProblemType.UNPROCESSABLE, other.type());
        assertTrue(other.getMessage().contains("số 1-QĐ/HU ngày 03/12/2026"), other.getMessage());
        refused(ProblemType.UNPROCESSABLE, () -> ProposalRules.checkIssuedDecision("1-QĐ/HU", on, null, on.minusDays(1)));
    }
}
