package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationKind;

class OrganizationRulesTest {

    @Test
    void kindsStandWhereTheCharterPutsThem() {
        assertTrue(OrganizationRules.mayStandUnder(OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, OrganizationKind.PROVINCIAL_COMMITTEE));
        assertTrue(OrganizationRules.mayStandUnder(OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.UPPER_GRASSROOTS_COMMITTEE));
        assertTrue(OrganizationRules.mayStandUnder(OrganizationKind.CELL, OrganizationKind.GRASSROOTS_COMMITTEE));
        assertTrue(OrganizationRules.mayStandUnder(OrganizationKind.CELL, OrganizationKind.PARTIAL_COMMITTEE));
        // after the 2025 reform communes stand directly under the province
        assertTrue(OrganizationRules.mayStandUnder(OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.PROVINCIAL_COMMITTEE));
        assertFalse(OrganizationRules.mayStandUnder(OrganizationKind.CELL, OrganizationKind.UPPER_GRASSROOTS_COMMITTEE));
        assertFalse(OrganizationRules.mayStandUnder(OrganizationKind.PROVINCIAL_COMMITTEE, OrganizationKind.PROVINCIAL_COMMITTEE));
        assertTrue(OrganizationRules.isRootKind(OrganizationKind.PROVINCIAL_COMMITTEE));
    }

    @Test
    void codesAreCapitalsDigitsAndHyphens() {
        assertTrue(OrganizationRules.CODE.matcher("LC-VB-NM-NM").matches());
        assertTrue(OrganizationRules.CODE.matcher("LC").matches());
        assertFalse(OrganizationRules.CODE.matcher("lc-vb").matches());
        assertFalse(OrganizationRules.CODE.matcher("LC VB").matches());
        assertFalse(OrganizationRules.CODE.matcher("-LC").matches());
        assertFalse(OrganizationRules.CODE.matcher("LÀO").matches());
    }
}
