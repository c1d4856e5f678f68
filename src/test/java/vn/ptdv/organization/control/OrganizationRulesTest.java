package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.platform.rest.Violations;

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

    @Test
    void aCorrectedKindStandsUnderItsParentAndAboveItsUnits() {
        Violations ok = new Violations();
        OrganizationRules.checkKind(ok, OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.GRASSROOTS_CELL,
                OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, Map.of());
        assertTrue(ok.isEmpty());

        Violations underParent = new Violations();
        OrganizationRules.checkKind(underParent, OrganizationKind.CELL, OrganizationKind.GRASSROOTS_CELL,
                OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, Map.of());
        assertTrue(underParent.errors().get("kind").startsWith("Chi bộ trực thuộc chỉ trực thuộc"), underParent.errors()::toString);

        Violations top = new Violations();
        OrganizationRules.checkKind(top, OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.PROVINCIAL_COMMITTEE, null, Map.of());
        assertTrue(top.has("kind"));

        Violations units = new Violations();
        OrganizationRules.checkKind(units, OrganizationKind.GRASSROOTS_CELL, OrganizationKind.GRASSROOTS_COMMITTEE,
                OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, Map.of("LC-X-1", OrganizationKind.CELL));
        assertEquals("Không thể đổi loại: tổ chức trực thuộc LC-X-1 không thể đứng dưới chi bộ cơ sở.", units.errors().get("kind"));

        Violations unchanged = new Violations();
        OrganizationRules.checkKind(unchanged, OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE,
                OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, Map.of("LC-X-1", OrganizationKind.GRASSROOTS_COMMITTEE));
        assertTrue(unchanged.isEmpty(), "the units are not asked when the kind stays");
    }
}
