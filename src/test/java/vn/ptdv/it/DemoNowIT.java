package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo through the present (README "The demo's two structures"), read back over the API and the PDFs: the new
 * Lào Cai's 2025 compares with old Lào Cai plus old Yên Bái in 2024; a merged commune's H1 2026 compares with its
 * predecessor communes' H1 2025; every figure of 2025 and 2026 is a count of the demo's admission records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoNowIT {

    /** Old Yên Bái's admissions in 2024 (ProvinceNowGenerator.YEN_BAI_ADMISSIONS, invented). */
    private static final int YEN_BAI_2024 = 1510;
    /** A commune of the new structure formed only from old communes of Bảo Thắng (xã Phong Hải). */
    private static final String PHONG_HAI = "LC-BT02";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private long total(String query) {
        return new Api(base).admissionTotal(query);
    }

    private static List<String> codes(jakarta.json.JsonArray units) {
        return units.stream().map(v -> v.asJsonObject().getString("code")).sorted().toList();
    }

    @Test
    void theNewProvincesYearComparesWithBothOldProvinces() throws Exception {
        Api api = new Api(base);
        assertEquals(2287, total("org=LC&year=2024"), "old Lào Cai's seed figure stays");
        assertEquals(YEN_BAI_2024, total("org=YB&year=2024"));
        JsonObject year = api.get("admissions/progress?org=LC&year=2025&period=YEAR").json();
        assertEquals(2287 + YEN_BAI_2024, year.getInt("samePeriodPreviousYear"), year::toString);
        assertEquals(List.of("LC", "YB"), year.getJsonArray("baselineOrganizations").stream()
                .map(v -> v.asJsonObject().getString("code")).sorted().toList());
        // the year's figure is the count of the records: LC's list holds its code's records (old Lào Cai's first half
        // and the new province's second half), YB's old Yên Bái's first half
        assertEquals(total("org=YB&year=2025") + total("org=LC&year=2025"), year.getInt("admitted"), year::toString);
        assertEquals(total("org=LC&year=2026"), api.get("admissions/progress?org=LC&year=2026&period=YEAR").json()
                .getInt("admitted"), "2026 to the as-of date: the records");
        Api.Reply pdf = api.get("reports/admission-results?org=LC&year=2025&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        String text = TrainingReportsIT.pdfText(pdf.bytes(), "demo-now-lc-2025");
        for (String s : new String[] {"So với năm 2024 (kết nạp 3.797 đảng viên)", "tổ chức tiền thân",
                "Đảng bộ tỉnh Yên Bái", "được thành lập từ ngày 01/07/2025"}) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        // the term 2025–2030 began before the new province: its first year counts old Yên Bái's first half too
        String term = "Từ đầu nhiệm kỳ 2025–2030 đến hết năm 2025 đã kết nạp "
                + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN"))
                        .format(year.getInt("admitted")) + "/";
        assertTrue(text.replaceAll("\\s+", " ").contains(term), term + " in " + text);
    }

    @Test
    void aMergedCommuneComparesWithItsPredecessorCommunes() throws Exception {
        Api api = new Api(base);
        JsonObject h1 = api.get("admissions/progress?org=" + PHONG_HAI + "&year=2026&period=H1").json();
        List<String> predecessors = codes(h1.getJsonArray("baselineOrganizations"));
        assertTrue(predecessors.size() >= 2 && predecessors.stream().allMatch(c -> c.startsWith("LC-BT-")), h1::toString);
        long sum = 0;
        for (String p : predecessors) {
            sum += total("org=" + p + "&year=2025");  // an old commune's 2025 ends on 30/6/2025
        }
        assertEquals(sum, h1.getInt("samePeriodPreviousYear"), h1::toString);
        JsonObject list = api.get("admissions?org=" + PHONG_HAI + "&year=2026&size=500").json();
        long firstHalf = list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("decisionDate"))
                .filter(d -> d.compareTo("2026-07-01") < 0).count();
        assertEquals(firstHalf, h1.getInt("admitted"), h1::toString);
        assertTrue(h1.getInt("target") > 0, "the new commune registered its 2026 target");
        String text = TrainingReportsIT.pdfText(api.get("reports/admission-progress?org=" + PHONG_HAI
                + "&year=2026&period=H1&format=pdf").bytes(), "demo-now-phong-hai");
        assertTrue(text.contains("ĐẢNG ỦY XÃ PHONG HẢI") && text.contains("6 tháng đầu năm 2026")
                && text.contains("tổ chức tiền thân"), text);
    }

    @Test
    void theNewStructuresUsers() {
        Api staff = Api.as(base, "xabaothang.staff");
        assertEquals(200, staff.get("admissions?org=LC-BT01&year=2026&size=1").status());
        assertEquals(404, staff.get("admissions?org=LC-BT02&year=2026&size=1").status(), "another commune");
        Api viewer = Api.as(base, "yb.viewer");
        assertEquals(200, viewer.get("admissions/progress?org=YB&year=2024&period=YEAR").status());
        assertEquals(404, viewer.get("admissions/progress?org=LC-BT&year=2024&period=YEAR").status());
        // nothing after the demo's as-of date
        assertEquals(0, total("org=LC&year=2027"));
    }

    @Test
    void theMaintainedFiguresEqualTheirRecountFromTheRows() {
        Api api = new Api(base);
        assertTrue(FiguresIT.verified(api, "LC") > 0);
        assertTrue(FiguresIT.verified(api, "YB") > 0);
    }
}
