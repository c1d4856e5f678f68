package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.emulation.entity.AchievementReport.Status;
import vn.ptdv.emulation.entity.Evaluation;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/** The council's quorum, the approval percentage, secret ballots, and the steps of the achievement reports. */
class CouncilRulesTest {

    private static final CouncilRules.Settings DEFAULT = CouncilRules.Settings.parse("2/3", 70, "Bằng khen;Cờ thi đua");

    @Test
    void aMeetingNeedsTwoThirdsOfItsMembers() {
        CouncilRules.checkQuorum(9, 6, DEFAULT);
        ProblemException e = assertThrows(ProblemException.class, () -> CouncilRules.checkQuorum(9, 5, DEFAULT));
        assertEquals(ProblemType.UNPROCESSABLE, e.type());
        assertTrue(e.getMessage().contains("5/9") && e.getMessage().contains("2/3"), e.getMessage());
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class, () -> CouncilRules.checkQuorum(0, 0, DEFAULT)).type());
    }

    @Test
    void anAwardPassesWithSeventyPercentOfThePresentAndIsRefusedWithTheCountsBelowIt() {
        CouncilRules.Ballot seven = new CouncilRules.Ballot(0, "Giấy khen", 7, 3, 0, false);
        CouncilRules.Ballot six = new CouncilRules.Ballot(1, "Giấy khen", 6, 3, 1, false);
        assertTrue(CouncilRules.outcome(seven, 10, DEFAULT).passed());
        CouncilRules.Outcome refused = CouncilRules.outcome(six, 10, DEFAULT);
        assertFalse(refused.passed());
        assertTrue(refused.reason().contains("6/10") && refused.reason().contains("60,0%") && refused.reason().contains("70%"),
                refused.reason());
        CouncilRules.Settings half = CouncilRules.Settings.parse("1/2", 51, "");
        assertTrue(CouncilRules.outcome(six, 10, half).passed());
    }

    @Test
    void ballotsFitTheMembersPresentAndTheTiersThatNeedASecretBallot() {
        CouncilRules.checkBallots(List.of(new CouncilRules.Ballot(0, "Bằng khen của Ban Thường vụ Tỉnh ủy", 8, 0, 0, true)), 8, DEFAULT);
        ProblemException e = assertThrows(ProblemException.class, () -> CouncilRules.checkBallots(List.of(
                new CouncilRules.Ballot(0, "Giấy khen", 5, 3, 1, false),
                new CouncilRules.Ballot(1, "Bằng khen của Ban Thường vụ Tỉnh ủy", 8, 0, 0, false),
                new CouncilRules.Ballot(2, "Giấy khen", -1, 0, 0, false)), 8, DEFAULT));
        assertEquals(List.of("votes[0]", "votes[1]", "votes[2]"), List.copyOf(e.errors().keySet()));
        assertTrue(e.errors().get("votes[1]").contains("phiếu kín"), e.errors()::toString);
    }

    @Test
    void settingsAreCheckedWhenRead() {
        assertThrows(IllegalArgumentException.class, () -> CouncilRules.Settings.parse("3/2", 70, ""));
        assertThrows(IllegalArgumentException.class, () -> CouncilRules.Settings.parse("2/3", 0, ""));
        assertEquals(List.of("Bằng khen", "Cờ thi đua"), DEFAULT.secretBallotTiers());
    }

    @Test
    void reportsAreWrittenSubmittedAndCheckedInOrder() {
        AwardDossierRules.checkOpen(Evaluation.Status.SUBMITTED);
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class, () -> AwardDossierRules.checkOpen(Evaluation.Status.APPROVED)).type());
        AwardDossierRules.checkEditable(Status.RETURNED);
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class, () -> AwardDossierRules.checkEditable(Status.SUBMITTED)).type());
        ProblemException empty = assertThrows(ProblemException.class, () -> AwardDossierRules.checkSubmittable(Status.DRAFT, " "));
        assertEquals(ProblemType.UNPROCESSABLE, empty.type());
        assertTrue(empty.errors().containsKey("achievements"));
        AwardDossierRules.checkReviewable(Status.SUBMITTED, true, null);
        assertTrue(assertThrows(ProblemException.class, () -> AwardDossierRules.checkReviewable(Status.SUBMITTED, false, ""))
                .errors().containsKey("reason"));
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> AwardDossierRules.checkReviewable(Status.ACCEPTED, true, null)).type());
        assertTrue(assertThrows(ProblemException.class, () -> AwardDossierRules.checkAllAccepted(List.of("Chi bộ A")))
                .getMessage().contains("Chi bộ A"));
        AwardDossierRules.checkAllAccepted(List.of());
        assertThrows(ProblemException.class, () -> AwardDossierRules.checkApprovable(false, 1));
        assertThrows(ProblemException.class, () -> AwardDossierRules.checkApprovable(true, 0));
        AwardDossierRules.checkApprovable(true, 1);
    }
}
