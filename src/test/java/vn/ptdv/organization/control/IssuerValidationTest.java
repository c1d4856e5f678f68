package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.platform.rest.ProblemException;

/** An issuer's details: the signer's name, printed on every document, follows the person-name rule (issue #15). */
class IssuerValidationTest {

    private static IssuerDetails signedBy(String signer) {
        return new IssuerDetails("LC-BT", "ĐẢNG BỘ TỈNH LÀO CAI", List.of("HUYỆN ỦY BẢO THẮNG"), "HU", "Bảo Thắng",
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", signer, List.of("Như trên"), true);
    }

    @Test
    void theSignerNameRefusesFormulasAndHiddenCharacters() {
        assertEquals("Lê Văn Mẫu", IssuerService.validate("LC-BT", signedBy(" Lê Văn Mẫu ")).signerName());
        assertEquals(null, IssuerService.validate("LC-BT", signedBy(null)).signerName());
        for (String bad : List.of("=HYPERLINK(\"http://x\")", "@Lê", "Lê\u200D Văn", "Lê \u202EnăV")) {
            ProblemException e = assertThrows(ProblemException.class, () -> IssuerService.validate("LC-BT", signedBy(bad)));
            assertTrue(e.errors().get("signerName").startsWith("Họ và tên"), bad + ": " + e.errors());
        }
    }
}
