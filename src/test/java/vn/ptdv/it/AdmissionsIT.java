package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.text.Normalizer;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Targets and admissions over REST, end to end against the real server and Derby. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdmissionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static String number() {
        return UUID.randomUUID().toString().substring(0, 8) + "-QĐ/HU";
    }

    private static long total(Api api, String query) {
        Api.Reply r = api.get("admissions?" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void targetsAreRegisteredAdjustedAndListed() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        Api.Reply created = api.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":6}");
        assertEquals(201, created.status(), created::toString);
        JsonObject got = api.get("organizations/" + t.commune + "/targets/2024").json();
        assertEquals(t.commune, got.getString("organizationCode"));
        assertEquals(2024, got.getInt("year"));
        assertEquals(6, got.getInt("admissions"));
        assertEquals("REGISTERED", got.getString("status"));

        Api.Reply adjusted = api.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":8,\"note\":\"Điều chỉnh giữa năm\"}");
        assertEquals(200, adjusted.status());
        assertEquals(8, adjusted.json().getInt("admissions"));
        assertEquals("ADJUSTED", adjusted.json().getString("status"));
        assertEquals(2, api.get("organizations/" + t.commune + "/targets/2024/history").array().size());

        assertEquals(201, api.put("organizations/" + t.cell + "/targets/2024", "{\"admissions\":3}").status());
        JsonObject grid = api.get("organizations/" + t.commune + "/targets?year=2024").json();
        assertEquals(8, grid.getInt("admissions"));
        assertEquals(2, grid.getJsonArray("children").size());

        assertEquals(200, api.put("organizations/" + t.commune + "/term-targets/2020-2025", "{\"admissions\":18}").status());
        assertEquals(18, api.get("organizations/" + t.commune + "/term-targets/2020-2025").json().getInt("admissions"));

        assertProblem(api.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":-1}"), 400, "admissions");
        assertProblem(api.put("organizations/" + t.commune + "/targets/1800", "{\"admissions\":1}"), 400, "year");
        assertProblem(api.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":\"many\"}"), 400, null);
        assertProblem(api.put("organizations/NO-SUCH/targets/2024", "{\"admissions\":1}"), 404, null);
        assertProblem(api.get("organizations/" + t.cell2 + "/targets/2024"), 404, null);
        assertEquals(8, api.get("organizations/" + t.commune + "/targets/2024").json().getInt("admissions"));
    }

    @Test
    void admissionsAreRecordedListedAndFilteredOverTheSubtree() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        Api.Reply created = api.post("admissions", t.admission(number()));
        assertEquals(201, created.status(), created::toString);
        String location = created.header("Location");
        assertTrue(location.contains("/ptdv/api/admissions/"), location);
        JsonObject a = created.json();
        assertEquals("Giàng Thị Mai", a.getString("fullName"));
        assertEquals("2025-06-01", a.getString("probationEndDate"));
        assertTrue(a.getBoolean("minority"));
        assertEquals("Mông (H'mông)", a.getString("ethnicityName"));

        assertEquals(201, api.post("admissions", t.admission(number(), "\"fullName\":\"Nguyễn Văn Bình\"", "\"gender\":\"MALE\"",
                "\"ethnicityCode\":\"01\"", "\"organizationCode\":\"" + t.cell2 + "\"", "\"occupation\":\"PRIVATE_ECONOMIC_UNIT\"",
                "\"religion\":\"Công giáo\"")).status());
        assertEquals(201, api.post("admissions", t.admission(number(), "\"decisionDate\":\"2023-11-02\"",
                "\"ceremonyDate\":\"2023-11-20\"")).status());

        assertEquals(2, total(api, "org=" + t.root + "&year=2024"));
        assertEquals(3, total(api, "org=" + t.root));
        assertEquals(1, total(api, "org=" + t.cell + "&year=2024"));
        assertEquals(2, total(api, "org=" + t.commune + "&year=2024"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024&gender=FEMALE"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024&minority=true"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024&ethnicityCode=01"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024&occupation=PRIVATE_ECONOMIC_UNIT"));
        assertEquals(2, total(api, "org=" + t.root + "&year=2024&generalEducation=UPPER_SECONDARY"));
        assertEquals(2, total(api, "org=" + t.root + "&year=2024&professionalQualification=COLLEGE"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024&name=" + Api.q("nguyen van")));
        JsonObject page = api.get("admissions?org=" + t.root + "&page=1&size=2").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
    }

    @Test
    void decomposedNamesAreStoredComposed() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String nfd = Normalizer.normalize("Vàng Thị Dế", Normalizer.Form.NFD);
        Api.Reply r = api.post("admissions", t.admission(number(), "\"fullName\":\"" + nfd + "\""));
        assertEquals(201, r.status(), r::toString);
        assertEquals("Vàng Thị Dế", r.json().getString("fullName"));
        assertTrue(Normalizer.isNormalized(r.json().getString("fullName"), Normalizer.Form.NFC));
    }

    @Test
    void correctionsAndWithdrawalsKeepHistory() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String id = api.post("admissions", t.admission(number())).json().getJsonNumber("id").toString();
        assertProblem(api.put("admissions/" + id, t.admission(number(), "\"fullName\":\"Giàng Thị Mỷ\"")), 400, "reason");
        Api.Reply corrected = api.put("admissions/" + id, t.admission(number(), "\"fullName\":\"Giàng Thị Mỷ\"",
                "\"reason\":\"Sai chính tả họ tên\""));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("Giàng Thị Mỷ", corrected.json().getString("fullName"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024"));

        assertProblem(api.post("admissions/" + id + "/withdrawal", "{}"), 400, "reason");
        Api.Reply withdrawn = api.post("admissions/" + id + "/withdrawal", "{\"reason\":\"Quyết định bị hủy\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals(0, total(api, "org=" + t.root + "&year=2024"));
        assertEquals(1, total(api, "org=" + t.root + "&year=2024&status=WITHDRAWN"));
        assertEquals(3, api.get("admissions/" + id + "/history").array().size());
        assertProblem(api.post("admissions/" + id + "/withdrawal", "{\"reason\":\"again\"}"), 409, null);
    }

    @Test
    void everyKindOfBadInputGetsProblemJsonAndChangesNothing() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String used = number();
        assertEquals(201, api.post("admissions", t.admission(used)).status());
        long before = total(api, "org=" + t.root);

        assertProblem(api.post("admissions", t.admission(number(), "\"birthDate\":\"2007-01-01\"")), 400, "birthDate");
        assertProblem(api.post("admissions", t.admission(number(), "\"birthDate\":\"1950-01-01\"")), 400, "birthDate");
        assertProblem(api.post("admissions", t.admission(number(), "\"generalEducation\":\"PRIMARY\"",
                "\"professionalQualification\":\"NONE\"")), 400, "generalEducation");
        assertProblem(api.post("admissions", t.admission(number(), "\"ceremonyDate\":\"2024-05-01\"")), 400, "ceremonyDate");
        assertProblem(api.post("admissions", t.admission(number(), "\"ethnicityCode\":\"77\"")), 400, "ethnicityCode");
        assertProblem(api.post("admissions", t.admission(number(), "\"organizationCode\":\"NO-SUCH\"")), 400, "organizationCode");
        assertProblem(api.post("admissions", t.admission(number(), "\"decisionDate\":\"2010-05-20\"",
                "\"ceremonyDate\":null")), 400, "organizationCode");
        assertProblem(api.post("admissions", t.admission(used)), 400, "decisionNumber");
        assertProblem(api.post("admissions", t.admission(number(), "\"fullName\":\"\"")), 400, "fullName");
        assertProblem(api.post("admissions", t.admission(number(), "\"gender\":\"X\"")), 400, null);
        assertProblem(api.post("admissions", t.admission(number(), "\"birthDate\":\"12/04/1998\"")), 400, null);
        assertProblem(api.post("admissions", t.admission(number(), "\"youthUnionMember\":\"maybe\"")), 400, null);
        assertProblem(api.post("admissions", "{\"fullName\": \"Giàng\", "), 400, null);
        assertProblem(api.post("admissions", "[]"), 400, null);
        assertProblem(api.post("admissions", "application/xml", "<admission/>"), 415, null);
        assertProblem(api.get("admissions"), 400, "org");
        assertProblem(api.get("admissions?org=" + t.root + "&year=abc"), 400, "year");
        assertProblem(api.get("admissions?org=" + t.root + "&gender=X"), 400, "gender");
        assertProblem(api.get("admissions?org=" + t.root + "&size=100000"), 400, "size");
        assertProblem(api.get("admissions?org=NO-SUCH"), 404, null);
        assertProblem(api.get("admissions/999999999"), 404, null);
        assertProblem(api.get("admissions/abc"), 404, null);

        assertEquals(before, total(api, "org=" + t.root));
    }

    @Test
    void olderApplicantsNeedTheExplicitException() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        assertProblem(api.post("admissions", t.admission(number(), "\"birthDate\":\"1960-01-01\"")), 400, "birthDate");
        Api.Reply r = api.post("admissions", t.admission(number(), "\"birthDate\":\"1960-01-01\"", "\"olderApplicantException\":true"));
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.json().getBoolean("olderApplicantException"));
    }
}
