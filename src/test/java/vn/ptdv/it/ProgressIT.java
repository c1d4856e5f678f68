package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The periodic progress report over the API and the PDF, in a tree of its own where two communes merge on 1/7/2025:
 * the merged commune's H1 2026 compares with the sum of its predecessors' H1 2025 and names them; the district, which
 * did not change, compares with itself; a cell moved to another commune takes its admissions along.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static void created(Api.Reply r) {
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
    }

    private static void admit(Api api, TestTree t, String cell, String date, String name) {
        created(api.post("admissions", t.admission(UUID.randomUUID().toString().substring(0, 8) + "-QĐ/ĐU",
                "\"organizationCode\":\"" + cell + "\"", "\"decisionDate\":\"" + date + "\"",
                "\"ceremonyDate\":\"" + date + "\"", "\"fullName\":\"" + name + "\"")));
    }

    private static List<String> codes(JsonArray units) {
        return units.stream().map(v -> v.asJsonObject().getString("code")).sorted().toList();
    }

    @Test
    void aMergedCommuneComparesWithItsPredecessorsAndTheReportSaysSo() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String xb = t.district + "-XB";
        String b1 = xb + "-B1";
        String xn = t.district + "-XN";
        created(api.post("organizations", "{\"code\":\"" + xb + "\",\"name\":\"Đảng bộ xã Bản Bè\",\"kind\":\"GRASSROOTS_COMMITTEE\","
                + "\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2015-01-01\"}"));
        created(api.post("organizations", "{\"code\":\"" + b1 + "\",\"name\":\"Chi bộ thôn Bè Một\",\"kind\":\"CELL\","
                + "\"parentCode\":\"" + xb + "\",\"validFrom\":\"2015-01-01\"}"));
        admit(api, t, t.cell, "2025-03-10", "Lò Thị Một");
        admit(api, t, t.cell, "2025-05-12", "Lò Thị Hai");
        admit(api, t, b1, "2025-04-15", "Vàng Thị Ba");
        admit(api, t, t.cell2, "2024-05-20", "Sùng Thị Cũ");
        // 1/7/2025: the two communes merge; their cells move under the new commune
        Api.Reply merged = api.post("organizations/transitions", "{\"type\":\"MERGE\",\"effectiveDate\":\"2025-07-01\","
                + "\"predecessors\":[\"" + t.commune + "\",\"" + xb + "\"],\"successors\":[{\"code\":\"" + xn
                + "\",\"name\":\"Đảng bộ xã Nậm Mới\",\"kind\":\"GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + t.district
                + "\"}],\"note\":\"Sắp xếp đơn vị hành chính cấp xã (kiểm thử)\"}");
        assertEquals(200, merged.status(), merged::toString);
        admit(api, t, t.cell2, "2025-09-09", "Sùng Thị Bốn");
        admit(api, t, t.cell, "2026-02-02", "Lò Thị Năm");
        assertEquals(201, api.put("organizations/" + xn + "/targets/2026", "{\"admissions\":10}").status());
        assertEquals(201, api.put("organizations/" + t.cell2 + "/targets/2026", "{\"admissions\":4}").status());
        for (String[] m : new String[][] {{t.cell, "20"}, {t.cell2, "15"}, {b1, "10"}}) {
            Api.Reply r = api.put("organizations/" + m[0] + "/membership/2025-12-31", "{\"total\":" + m[1]
                    + ",\"women\":5,\"minorities\":5,\"probationary\":1}");
            assertEquals(200, r.status(), r::toString);
        }

        JsonObject h1 = api.get("admissions/progress?org=" + xn + "&year=2026&period=H1").json();
        assertEquals(1, h1.getInt("admitted"), h1::toString);
        assertEquals(10, h1.getInt("target"));
        assertEquals("10.0", h1.getJsonNumber("ratio").bigDecimalValue().toPlainString());
        assertEquals(3, h1.getInt("samePeriodPreviousYear"), "2 of the first commune + 1 of the second");
        assertEquals(List.of(t.commune, xb), codes(h1.getJsonArray("baselineOrganizations")));
        assertFalse(h1.getBoolean("baselineSameUnit"));
        assertEquals(45, h1.getInt("membersAtPreviousYearEnd"));
        assertEquals("2.2", h1.getJsonNumber("ratioOfMembers").bigDecimalValue().toPlainString());
        assertEquals(List.of(t.cell2, b1).stream().sorted().toList(), codes(h1.getJsonArray("unitsWithoutAdmission")));
        assertEquals(List.of(t.cell2), codes(h1.getJsonArray("unitsBelowRatio")));
        JsonObject cellRow = h1.getJsonArray("units").stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("code").equals(t.cell)).findFirst().orElseThrow();
        assertEquals(2, cellRow.getInt("samePeriodPreviousYear"), "the cell keeps its own past under the new commune");
        assertEquals(h1.getInt("admitted"), api.get("admissions/progress?org=" + xn + "&year=2026&toDate=30/06/2026").json()
                .getInt("admitted"), "toDate 30/06 is H1");
        assertEquals(0, api.get("admissions/progress?org=" + xn + "&year=2026&period=H1&threshold=0").json()
                .getJsonArray("unitsBelowRatio").size());

        // the document
        Api.Reply pdf = api.get("reports/admission-progress?org=" + xn + "&year=2026&period=H1&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        String text = TrainingReportsIT.pdfText(pdf.bytes(), "admission-progress");
        for (String s : new String[] {"BÁO CÁO", "6 tháng đầu năm 2026", "kết nạp 1 đảng viên", "đạt 10,0% chỉ tiêu năm 2026",
                "So với cùng kỳ năm 2025 (kết nạp 3 đảng viên), giảm 2 đảng viên", "tổ chức tiền thân",
                "Đảng bộ xã Nậm Thử", "Đảng bộ xã Bản Bè", "2,2% tổng số đảng viên", "Phụ lục 1", "Chi bộ thôn Bản Hai",
                "Phụ lục 2"}) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        assertEquals(400, api.get("reports/admission-progress?org=" + xn + "&year=2026&period=Q7").status());
        assertEquals(404, Api.as(base, "namma.staff").get("reports/admission-progress?org=" + xn + "&year=2026").status());
        // the district did not change: it is its own baseline
        JsonObject district = api.get("admissions/progress?org=" + t.district + "&year=2026&period=H1").json();
        assertTrue(district.getBoolean("baselineSameUnit"), district::toString);
        assertEquals(3, district.getInt("samePeriodPreviousYear"));
        assertEquals(List.of(t.district), codes(district.getJsonArray("baselineOrganizations")));
        // the new commune's year 2025 holds its predecessors' first half; its 2024 is theirs
        JsonObject y2025 = api.get("admissions/progress?org=" + xn + "&year=2025&period=YEAR").json();
        assertEquals(4, y2025.getInt("admitted"), y2025::toString);
        assertEquals(1, y2025.getInt("samePeriodPreviousYear"));
        assertEquals(List.of(t.commune, xb), codes(y2025.getJsonArray("baselineOrganizations")));
        // the yearly report and the home page compare the same way
        String results = TrainingReportsIT.pdfText(api.get("reports/admission-results?org=" + xn + "&year=2025&format=pdf")
                .bytes(), "admission-results-merged");
        assertTrue(results.contains("So với năm 2024 (kết nạp 1 đảng viên)") && results.contains("tổ chức tiền thân")
                && results.contains("Đảng bộ xã Bản Bè"), results);
        // its own year 2025 holds what the predecessors admitted before 1/7 (3) and its own of September (1), and says so
        assertTrue(results.contains("kết nạp 4 đảng viên") && results.contains("được thành lập từ ngày 01/07/2025")
                && results.contains("trước ngày đó của các tổ chức tiền thân"), results);
        // the staff of the new commune see what their predecessors recorded, not the district's other communes
        Api staff = TestTree.user(api, base, "DATA_ENTRY", xn);
        assertEquals(2, staff.get("admissions?org=" + t.commune + "&year=2025").json().getInt("total"), "H1 2025 of the first commune");
        assertEquals(1, staff.get("admissions?org=" + xb + "&year=2025").json().getInt("total"), "H1 2025 of the second");
        assertEquals(200, staff.get("reports/admission-results?org=" + xn + "&year=2025&format=pdf").status());
        int district2025 = staff.get("admissions?org=" + t.district + "&year=2025").status();
        assertTrue(district2025 == 404 || district2025 == 403, "not the district: " + district2025);
        JsonObject ytd = api.get("dashboard?org=" + xn + "&year=2026").json().getJsonObject("yearToDate")
                .getJsonObject("samePeriodPreviousYear");
        assertEquals(java.util.stream.Stream.of(t.commune, xb, xn).sorted().toList(), ytd.getJsonArray("baselineOrganizations").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList(), ytd::toString);
        assertEquals(4, ytd.getInt("admitted"), "1/1–31/12/2025 (a past year's to-date is the whole year)");
        // a cell moved to the district's other commune takes its admissions along
        String xc = t.district + "-XC";
        created(api.post("organizations", "{\"code\":\"" + xc + "\",\"name\":\"Đảng bộ xã Cạnh\",\"kind\":\"GRASSROOTS_COMMITTEE\","
                + "\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2015-01-01\"}"));
        assertEquals(200, api.post("organizations/" + b1 + "/reparent", "{\"newParentCode\":\"" + xc
                + "\",\"effectiveDate\":\"2026-01-01\"}").status());
        assertEquals(2, api.get("admissions/progress?org=" + xn + "&year=2026&period=H1").json().getInt("samePeriodPreviousYear"));
        JsonObject other = api.get("admissions/progress?org=" + xc + "&year=2026&period=H1").json();
        assertEquals(1, other.getInt("samePeriodPreviousYear"), other::toString);
        assertEquals(List.of(b1, xc).stream().sorted().toList(), codes(other.getJsonArray("baselineOrganizations")),
                "the commune itself and the cell that came in");
        assertEquals(3, api.get("admissions/progress?org=" + t.district + "&year=2026&period=H1").json()
                .getInt("samePeriodPreviousYear"), "the district's total is unchanged: nothing counted twice");

        // bad input and scope
        for (String q : new String[] {"period=Q5", "period=H1&toDate=30/06/2026", "toDate=31/02/2026", "toDate=01/01/2025",
                "period=H1&threshold=abc", "period=H1&threshold=120"}) {
            Api.Reply r = api.get("admissions/progress?org=" + xn + "&year=2026&" + q);
            assertEquals(400, r.status(), q + " → " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), q);
        }
        assertEquals(400, api.get("admissions/progress?year=2026").status());
        assertEquals(404, Api.as(base, "namma.staff").get("admissions/progress?org=" + xn + "&year=2026").status());
        assertEquals(200, Api.as(base, "lc.viewer").get("admissions/progress?org=LC&year=2024&period=H1").status());
        assertEquals(422, api.get("admissions/progress?org=" + xn + "&year=2024&period=H1").status(), "not yet open in 2024");

    }
}
