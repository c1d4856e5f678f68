package vn.ptdv.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameRulesTest {

    @Test
    void realNamesPass() {
        assertNull(NameRules.personName("Lò Thị Hoa"));
        assertNull(NameRules.personName("Giàng A Páo"));
        assertNull(NameRules.personName("Nguyễn Văn A. O'Neil-Trần"));
        assertNull(NameRules.organizationName("Chi bộ thôn 3 (Bản Phiệt), xã Bản Phiệt"));
    }

    @Test
    void formatCharactersAndFormulasAreRefused() {
        assertNotNull(NameRules.personName("Lò Thị\u200B Hoa"), "zero-width space");
        assertNotNull(NameRules.personName("Lò \u202EaoH ịhT"), "right-to-left override");
        assertNotNull(NameRules.personName("=HYPERLINK(\"http://x\",\"Hoa\")"));
        assertNotNull(NameRules.organizationName("=HYPERLINK(\"http://x\")"));
        assertNotNull(NameRules.organizationName("Chi bộ\u2066 thôn"), "bidi isolate");
        assertNotNull(NameRules.organizationName("@SUM(A1)"));
        assertNotNull(NameRules.personName(null));
        assertNotNull(NameRules.personName("A".repeat(201)));
        assertNotNull(NameRules.personName("Hoa 3"));
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        assertEquals("%50!%!_x!!%", LikePatterns.containing("50%_x!"));
        assertEquals(" ESCAPE '!'", LikePatterns.ESCAPE);
    }
}
