package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

    @Test
    void groupsLieBetweenZeroAndTheTotal() {
        assertTrue(MembershipRules.check(40, 40, 0, 12).isEmpty());
        assertTrue(MembershipRules.check(0, 0, 0, 0).isEmpty());
        assertEquals(Set.of("women", "minorities", "probationary"), MembershipRules.check(10, 11, -1, 11).errors().keySet());
        assertEquals(Set.of("total", "women", "minorities", "probationary"), MembershipRules.check(-1, 0, 0, 0).errors().keySet());
    }
}
