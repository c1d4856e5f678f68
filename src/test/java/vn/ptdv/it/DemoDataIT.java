package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every figure of demo-data.md read back through the API from the running server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private long total(String query) {
        return new Api(base).admissionTotal(query);
    }

    private long probations(String status) {
        Api.Reply r = new Api(base).get("probations?org=LC&size=1&status=" + status);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void everyProbationIsDecidedButAFewOverdue() {
        // LC's lists hold the records of its code: old Lào Cai's (2020 – 30/6/2025) and the new province's
        long admitted = 0;
        for (int y = 2020; y <= 2026; y++) {
            admitted += total("org=LC&year=" + y);
        }
        long recognised = probations("RECOGNISED");
        long removed = probations("REMOVED");
        long overdue = probations("OVERDUE");
        assertEquals(admitted, recognised + removed + overdue + probations("CONSIDERED") + probations("DUE")
                + probations("PROBATION"), "every admission of the seed is on exactly one list");
        assertTrue(overdue > 0 && overdue < admitted / 100, "a few of the 2024 cohort not yet considered: " + overdue);
        assertTrue(removed > admitted / 60 && removed < admitted / 20, "a few removed: " + removed);
        assertTrue(probations("PROBATION") <= total("org=LC&year=2026") + total("org=LC&year=2025"),
                "only the later cohorts are still on probation: the seed's last one ended in 2025");
        // the seed's figures stay as they were: recognitions change no admission count
        assertEquals(2287, total("org=LC&year=2024"));
    }

    @Test
    void everyDistrictHasCandidatesAtEachPointOfThePath() {
        JsonObject lc = new Api(base).get("candidates/counts?org=LC").json();
        // the pools were planned in the cells of the seed's 13 units (the cells are under the new communes in 2026)
        long districts = new Api(base).get("organizations/LC/children?date=2024-12-31").array().stream()
                .filter(o -> o.asJsonObject().getString("kind").equals("UPPER_GRASSROOTS_COMMITTEE")).count();
        assertEquals(3 * districts, lc.getInt("POOL") + lc.getInt("AWARENESS"), lc::toString);
        assertEquals(4 * districts, lc.getInt("DOSSIER"), lc::toString);
        assertEquals(districts, lc.getInt("STOPPED"), lc::toString);
        assertEquals(0, lc.getInt("ADMITTED"), "the pools are for the next year: the seed's admissions are unchanged");
        JsonObject dossier = new Api(base).get("candidates?org=LC&state=DOSSIER&size=1").json();
        assertEquals(4 * districts, dossier.getInt("total"), dossier::toString);
    }

    @Test
    void provinceTotalsOf2024() {
        assertEquals(2287, total("org=LC&year=2024"));
        assertEquals(1100, total("org=LC&year=2024&gender=FEMALE"));
        assertEquals(1452, total("org=LC&year=2024&minority=true"));
        assertEquals(65, total("org=LC&year=2024&occupation=PUPIL_STUDENT"));
        assertEquals(85, total("org=LC&year=2024&occupation=PRIVATE_ECONOMIC_UNIT"));
        assertEquals(1810, total("org=LC&year=2024&generalEducation=UPPER_SECONDARY"));
        Map<String, Integer> qualifications = Map.of("MASTER", 40, "UNIVERSITY", 754, "COLLEGE", 303,
                "INTERMEDIATE", 150, "ELEMENTARY", 48, "NONE", 992);
        qualifications.forEach((q, n) -> assertEquals((long) n, total("org=LC&year=2024&professionalQualification=" + q), q));
    }

    @Test
    void unitsDirectlyUnderTheProvince() {
        Api api = new Api(base);
        Map<String, int[]> expected = Map.ofEntries(
                Map.entry("LC-TP", new int[] {260, 280}), Map.entry("LC-SP", new int[] {150, 165}),
                Map.entry("LC-BX", new int[] {200, 222}), Map.entry("LC-MK", new int[] {100, 149}),
                Map.entry("LC-SMC", new int[] {80, 86}), Map.entry("LC-BH", new int[] {150, 164}),
                Map.entry("LC-BT", new int[] {222, 270}), Map.entry("LC-BY", new int[] {200, 221}),
                Map.entry("LC-VB", new int[] {210, 240}), Map.entry("LC-CQDN", new int[] {220, 231}),
                Map.entry("LC-QS", new int[] {110, 115}), Map.entry("LC-BP", new int[] {40, 60}),
                Map.entry("LC-CA", new int[] {80, 84}));
        expected.forEach((code, v) -> {
            assertEquals(v[0], api.get("organizations/" + code + "/targets/2024").json().getInt("admissions"), code);
            assertEquals(v[1], total("org=" + code + "&year=2024"), code);
        });
        JsonObject grid = api.get("organizations/LC/targets?year=2024").json();
        assertEquals(2022, grid.getInt("admissions"));
        assertEquals(13, grid.getJsonArray("children").size());
        assertEquals(13, api.get("organizations/LC/children?date=2024-12-31").array().size());
    }

    @Test
    void namedUnits() {
        Api api = new Api(base);
        assertEquals("Đảng bộ xã Nậm Mả", api.get("organizations/LC-VB-NM").json().getString("name"));
        assertEquals(6, api.get("organizations/LC-VB-NM/targets/2024").json().getInt("admissions"));
        assertEquals(14, total("org=LC-VB-NM&year=2024"));
        int[] nammaYears = {2, 1, 2, 2};
        for (int i = 0; i < 4; i++) {
            assertEquals(nammaYears[i], total("org=LC-VB-NM&year=" + (2020 + i)), "Nậm Mả " + (2020 + i));
        }
        assertEquals(18, api.get("organizations/LC-VB-NM/term-targets/2020-2025").json().getInt("admissions"));

        assertEquals(6, total("org=LC-VB-NM-NM&year=2024"));
        assertEquals(6, total("org=LC-VB-NM-NM&year=2024&gender=FEMALE"));
        JsonObject cell = api.get("organizations/LC-VB-NM-NM/membership?date=2024-12-31").json().getJsonObject("subtree");
        assertEquals(40, cell.getInt("total"));
        assertEquals(13, cell.getInt("women"));

        int[] mkYears = {15, 18, 20, 19, 21};
        for (int i = 0; i < 5; i++) {
            assertEquals(mkYears[i], total("org=LC-MK-TT&year=" + (2020 + i)), "Mường Khương " + (2020 + i));
        }
        assertEquals(9, total("org=LC-MK-TT&year=2024&occupation=PRIVATE_ECONOMIC_UNIT"));
        assertEquals(454, api.get("organizations/LC-MK-TT/membership?date=2024-12-31").json().getJsonObject("subtree").getInt("total"));

        JsonObject muoi = api.get("admissions?org=LC-BT-PH-AN&year=2024&name=" + Api.q("Cư Seo Mười")).json();
        assertEquals(1, muoi.getInt("total"));
        JsonObject m = muoi.getJsonArray("items").getJsonObject(0);
        assertEquals("08", m.getString("ethnicityCode"));
        assertEquals("Tin Lành", m.getString("religion"));
    }

    @Test
    void treeSizeAndSearch() {
        Api api = new Api(base);
        int size = api.get("organizations/LC/subtree?date=2024-12-31").array().size();
        assertTrue(size > 3000 && size < 4500, "organisations under LC: " + size);
        assertEquals("LC-VB-NM", api.get("organizations?q=" + Api.q("dang bo xa nam ma")).array().getJsonObject(0).getString("code"));
    }

    @Test
    void theMaintainedFiguresEqualTheirRecountFromTheRows() {
        Api api = new Api(base);
        assertTrue(FiguresIT.verified(api, "LC") > 0);
    }
}
