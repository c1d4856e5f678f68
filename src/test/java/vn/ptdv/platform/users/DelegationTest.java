package vn.ptdv.platform.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Role;

class DelegationTest {

    private static final Caller DISTRICT_ADMIN = new Caller("bt.admin", Set.of(Role.ADMIN), "LC-BT",
            List.of("000001.000002."), false, false);
    private static final Caller SYSTEM_ADMIN = new Caller("root", Set.of(Role.SYSTEM_ADMIN), null, List.of(), false, false);

    @Test
    void anAdministratorGrantsRolesItHoldsInsideItsScope() {
        Violations v = new Violations();
        Delegation.checkGrant(DISTRICT_ADMIN, Set.of(Role.DATA_ENTRY, Role.ADMIN), "LC-BT-PL", true, v);
        assertTrue(v.isEmpty(), v.errors()::toString);
    }

    @Test
    void nobodyButASystemAdministratorGrantsSystemAdministration() {
        Violations v = new Violations();
        Delegation.checkGrant(DISTRICT_ADMIN, Set.of(Role.SYSTEM_ADMIN), null, true, v);
        assertTrue(v.errors().get("roles").contains("quản trị hệ thống"), v.errors()::toString);
        Violations ok = new Violations();
        Delegation.checkGrant(SYSTEM_ADMIN, Set.of(Role.SYSTEM_ADMIN), null, true, ok);
        assertTrue(ok.isEmpty(), ok.errors()::toString);
    }

    @Test
    void aScopeOutsideIsAnsweredLikeAMissingOneAndEveryOtherRoleNeedsAScope() {
        Violations outside = new Violations();
        Delegation.checkGrant(DISTRICT_ADMIN, Set.of(Role.ADMIN), "LC-VB", false, outside);
        assertEquals("Không tìm thấy tổ chức đảng có mã LC-VB.", outside.errors().get("scope"));
        Violations none = new Violations();
        Delegation.checkGrant(SYSTEM_ADMIN, Set.of(Role.ADMIN), null, true, none);
        assertTrue(none.has("scope"));
    }

    @Test
    void managersSeeOnlyAccountsInsideTheirScopeWithRolesTheyCouldGrant() {
        assertTrue(Delegation.manages(DISTRICT_ADMIN, Set.of(Role.DATA_ENTRY), "LC-BT-PL", c -> c.startsWith("LC-BT")));
        assertFalse(Delegation.manages(DISTRICT_ADMIN, Set.of(Role.DATA_ENTRY), "LC-VB", c -> c.startsWith("LC-BT")));
        assertFalse(Delegation.manages(DISTRICT_ADMIN, Set.of(Role.SYSTEM_ADMIN), null, c -> true));
        assertFalse(Delegation.manages(DISTRICT_ADMIN, Set.of(Role.SYSTEM_ADMIN), "LC-BT", c -> true));
        assertTrue(Delegation.manages(SYSTEM_ADMIN, Set.of(Role.SYSTEM_ADMIN), null, c -> false));
    }

    @Test
    void nobodyChangesTheirOwnRolesScopeOrState() {
        assertTrue(Delegation.selfChangeForbidden(DISTRICT_ADMIN, "bt.admin", true));
        assertFalse(Delegation.selfChangeForbidden(DISTRICT_ADMIN, "bt.admin", false));
        assertFalse(Delegation.selfChangeForbidden(DISTRICT_ADMIN, "other", true));
    }

    @Test
    void rolesByCodeOrVietnameseLabel() {
        Violations v = new Violations();
        assertEquals(Set.of(Role.DATA_ENTRY, Role.POLITICAL_CENTRE), Delegation.roles(List.of("nhap lieu", "POLITICAL_CENTRE"), v));
        Delegation.roles(List.of("Bí thư"), v);
        assertTrue(v.has("roles"));
    }
}
