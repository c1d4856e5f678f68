package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issuer details (thể thức văn bản) over REST: demo values, the derived default, registration and validation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssuerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void demoIssuersAreLoaded() {
        Api api = new Api(base);
        JsonObject lc = api.get("organizations/LC/issuer").json();
        assertTrue(lc.getBoolean("stored"));
        assertEquals("TỈNH ỦY LÀO CAI", lc.getString("superiorBody"));
        assertEquals("BAN TỔ CHỨC", lc.getJsonArray("issuingBody").getString(0));
        assertEquals("BTCTU", lc.getString("symbol"));
        assertEquals("K/T TRƯỞNG BAN", lc.getString("signatureAuthority"));
        JsonObject vb = api.get("organizations/LC-VB/issuer").json();
        assertEquals("ĐẢNG BỘ TỈNH LÀO CAI", vb.getString("superiorBody"));
        assertEquals("HUYỆN ỦY VĂN BÀN", vb.getJsonArray("issuingBody").getString(0));
        assertEquals("HU", vb.getString("symbol"));
        assertEquals("Văn Bàn", vb.getString("place"));
        assertEquals("T/M BAN THƯỜNG VỤ", vb.getString("signatureAuthority"));
        for (String code : new String[] {"LC-TP", "LC-SP", "LC-BX", "LC-MK", "LC-SMC", "LC-BH", "LC-BT", "LC-BY",
            "LC-CQDN", "LC-QS", "LC-BP", "LC-CA"}) {
            assertTrue(api.get("organizations/" + code + "/issuer").json().getBoolean("stored"), code);
        }
        JsonObject nm = api.get("organizations/LC-VB-NM/issuer").json();
        assertFalse(nm.getBoolean("stored"));
        assertEquals("ĐẢNG ỦY XÃ NẬM MẢ", nm.getJsonArray("issuingBody").getString(0));
        assertEquals("ĐẢNG BỘ HUYỆN VĂN BÀN", nm.getString("superiorBody"));
        assertTrue(!nm.containsKey("place") || nm.isNull("place"), "no place by default");
        assertProblem(api.get("organizations/NO-SUCH-ORG/issuer"), 404, null);
    }

    @Test
    void issuerIsRegisteredReplacedAndUsedByTheReport() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String body = "{\"superiorBody\":\"ĐẢNG BỘ HUYỆN HÀ THỬ\",\"issuingBody\":[\"ĐẢNG ỦY XÃ NẬM THỬ\"],"
                + "\"symbol\":\"ĐU\",\"place\":\"Nậm Thử\",\"signatureAuthority\":\"T/M ĐẢNG ỦY\","
                + "\"signerPosition\":\"BÍ THƯ\",\"signerName\":\"Lò Văn Mẫu\","
                + "\"recipients\":[\"Ban Thường vụ Huyện ủy (báo cáo)\",\"- Lưu Văn phòng\"]}";
        Api.Reply created = api.put("organizations/" + t.commune + "/issuer", body);
        assertEquals(201, created.status(), created::toString);
        JsonObject got = api.get("organizations/" + t.commune + "/issuer").json();
        assertTrue(got.getBoolean("stored"));
        assertEquals("Nậm Thử", got.getString("place"));
        assertEquals("Lưu Văn phòng", got.getJsonArray("recipients").getString(1));
        Api.Reply replaced = api.put("organizations/" + t.commune + "/issuer", body.replace("Nậm Thử", "Bản Thử"));
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("Bản Thử", replaced.json().getString("place"));

        String text = AdmissionResultsReportIT.pdfText(api.get("reports/admission-results?org=" + t.commune + "&year=2024").bytes());
        assertTrue(text.contains("ĐẢNG ỦY XÃ NẬM THỬ") && text.contains("Bản Thử, ngày") && text.contains("-BC/ĐU")
                && text.contains("Lò Văn Mẫu") && text.contains("T/M ĐẢNG ỦY"), text);

        assertProblem(api.put("organizations/" + t.commune + "/issuer", "{\"symbol\":\"ĐU\"}"), 400, "issuingBody");
        assertProblem(api.put("organizations/" + t.commune + "/issuer", body.replace("ĐẢNG ỦY XÃ NẬM THỬ", "Đảng ủy xã")), 400, "issuingBody");
        assertProblem(api.put("organizations/" + t.commune + "/issuer", body.replace("\"ĐU\"", "\"Đ U/x\"")), 400, "symbol");
        assertProblem(api.put("organizations/" + t.commune + "/issuer", body.replace("T/M ĐẢNG ỦY", "THAY MẶT")), 400, "signatureAuthority");
        assertProblem(api.put("organizations/" + t.commune + "/issuer", "{\"symbol\":"), 400, null);
        assertProblem(api.put("organizations/NO-SUCH-ORG/issuer", body), 404, null);
        assertEquals("Bản Thử", api.get("organizations/" + t.commune + "/issuer").json().getString("place"));
    }
}
