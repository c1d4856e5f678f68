package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.entity.LineageType;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

class TransitionRulesTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    private static final NewOrganization COMMUNE = new NewOrganization("LC-X", "Đảng bộ xã X",
            OrganizationKind.GRASSROOTS_COMMITTEE, "LC", null);

    private static ProblemException fails(Executable check, ProblemType type, String field) {
        ProblemException e = assertThrows(ProblemException.class, check);
        assertEquals(type, e.type());
        if (field != null) {
            assertTrue(e.errors().containsKey(field), () -> e.errors().toString());
        }
        return e;
    }

    @Test
    void mergeTakesTwoOrMoreIntoOne() {
        TransitionRules.checkShape(LineageType.MERGE, JULY, List.of("A", "B"), List.of(COMMUNE));
        fails(() -> TransitionRules.checkShape(LineageType.MERGE, JULY, List.of("A"), List.of(COMMUNE)),
                ProblemType.VALIDATION, "predecessors");
        fails(() -> TransitionRules.checkShape(LineageType.MERGE, JULY, List.of("A", "B"), List.of(COMMUNE, COMMUNE)),
                ProblemType.VALIDATION, "predecessors");
    }

    @Test
    void splitTakesOneIntoTwoOrMoreAndRenameOneIntoOne() {
        TransitionRules.checkShape(LineageType.SPLIT, JULY, List.of("A"), List.of(COMMUNE, COMMUNE));
        fails(() -> TransitionRules.checkShape(LineageType.SPLIT, JULY, List.of("A"), List.of(COMMUNE)),
                ProblemType.VALIDATION, "successors");
        TransitionRules.checkShape(LineageType.RENAME, JULY, List.of("A"), List.of(COMMUNE));
        fails(() -> TransitionRules.checkShape(LineageType.RENAME, JULY, List.of("A", "B"), List.of(COMMUNE)),
                ProblemType.VALIDATION, "successors");
    }

    @Test
    void aTransitionNeedsItsTypeDateAndBothSidesFirst() {
        ProblemException e = fails(() -> TransitionRules.checkShape(LineageType.REPARENT, null, List.of(), null),
                ProblemType.VALIDATION, "type");
        assertEquals(4, e.errors().size(), e.errors()::toString);
    }

    @Test
    void aPredecessorMustNotEndOnAnotherDay() {
        TransitionRules.checkPredecessorEnd("A", null, JULY);
        TransitionRules.checkPredecessorEnd("A", JULY.minusDays(1), JULY);
        fails(() -> TransitionRules.checkPredecessorEnd("A", JULY, JULY), ProblemType.UNPROCESSABLE, null);
        fails(() -> TransitionRules.checkPredecessorEnd("A", JULY.minusDays(2), JULY), ProblemType.UNPROCESSABLE, null);
    }

    @Test
    void aSplitLeavesNoUnitBehindButAMergeTakesThemAlong() {
        TransitionRules.checkNoUnitsLeft("A", 3, 1);
        TransitionRules.checkNoUnitsLeft("A", 0, 2);
        ProblemException e = fails(() -> TransitionRules.checkNoUnitsLeft("A", 3, 2), ProblemType.UNPROCESSABLE, null);
        assertTrue(e.getMessage().contains("còn 3 tổ chức trực thuộc"), e.getMessage());
    }

    @Test
    void aMoveGoesNeitherUnderItselfNorWhereItsKindMayNotStandNorBeforeItBegan() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        TransitionRules.checkMoveTarget("X", "00000001/00000002/", OrganizationKind.GRASSROOTS_COMMITTEE, from,
                "00000001/00000003/", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, JULY);
        fails(() -> TransitionRules.checkMoveTarget("X", "00000001/00000002/", OrganizationKind.GRASSROOTS_COMMITTEE, from,
                "00000001/00000002/00000009/", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, JULY), ProblemType.VALIDATION, "newParentCode");
        fails(() -> TransitionRules.checkMoveTarget("X", "00000001/00000002/", OrganizationKind.CELL, from,
                "00000001/00000003/", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, JULY), ProblemType.VALIDATION, "newParentCode");
        fails(() -> TransitionRules.checkMoveTarget("X", "00000001/00000002/", OrganizationKind.GRASSROOTS_COMMITTEE, JULY,
                "00000001/00000003/", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, JULY), ProblemType.UNPROCESSABLE, null);
        fails(() -> TransitionRules.checkMove(" ", null), ProblemType.VALIDATION, "newParentCode");
    }

    @Test
    void aUnitClosesOnlyWithUnitsThatBeganByItsLastDay() {
        TransitionRules.checkClosable("A", JULY, "A-1", JULY);
        fails(() -> TransitionRules.checkClosable("A", JULY, "A-1", JULY.plusDays(1)), ProblemType.UNPROCESSABLE, null);
        fails(() -> TransitionRules.checkClosing(null), ProblemType.VALIDATION, "lastDay");
    }

    @Test
    void aRenamedUnitKeepsItsParentUnlessItNamesOne() {
        assertEquals("LC", TransitionRules.successorParent(LineageType.RENAME,
                new NewOrganization("B", "B", OrganizationKind.CELL, null, null), "LC"));
        assertEquals("LC-BT", TransitionRules.successorParent(LineageType.RENAME,
                new NewOrganization("B", "B", OrganizationKind.CELL, "LC-BT", null), "LC"));
        assertNull(TransitionRules.successorParent(LineageType.MERGE,
                new NewOrganization("B", "B", OrganizationKind.CELL, null, null), "LC"));
    }
}
