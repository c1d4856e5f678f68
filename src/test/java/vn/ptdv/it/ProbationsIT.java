package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Probation and recognition over the API, in a tree of its own: members overdue, due and still in probation on the
 * day the test runs (their dates are counted back from today), recognised late with an explanation, removed with a
 * reason, and every rule refused with nothing written; scope and permissions of the worklists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProbationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static long admit(Api api, TestTree tree, String number, String name, LocalDate ceremony) {
        Api.Reply r = api.post("admissions", tree.admission(number, "\"fullName\":\"" + name + "\"",
                "\"decisionDate\":\"" + ceremony.minusDays(10) + "\"", "\"ceremonyDate\":\"" + ceremony + "\""));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api api, String org, String status) {
        Api.Reply r = api.get("probations?org=" + org + "&status=" + status + "&size=500");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("admissionId").longValue()).toList();
    }

    @Test
    void walkThroughEveryStatusAndEveryRule() {
        Api admin = new Api(base);
        TestTree tree = TestTree.create(admin);
        LocalDate today = LocalDate.now();
        String p = tree.root + "/";
        long late = admit(admin, tree, p + "1-QĐ/ĐU", "Lò Văn Muộn", LocalDate.of(2024, 6, 1));      // ended 01/06/2025
        long ended = admit(admin, tree, p + "2-QĐ/ĐU", "Vàng Thị Vừa", today.minusMonths(12).minusDays(5));
        long soon = admit(admin, tree, p + "3-QĐ/ĐU", "Hoàng Văn Sắp", today.minusMonths(12).plusDays(10));
        long young = admit(admin, tree, p + "4-QĐ/ĐU", "Lý Thị Mới", today.minusMonths(3));
        long gone = admit(admin, tree, p + "5-QĐ/ĐU", "Sùng Văn Rút", today.minusMonths(12).minusDays(2));
        assertEquals(200, admin.post("admissions/" + gone + "/withdrawal", "{\"reason\":\"Quyết định bị hủy (kiểm thử)\"}").status());

        assertEquals(List.of(late), ids(admin, tree.root, "OVERDUE"));
        assertEquals(List.of(ended, soon), ids(admin, tree.root, "DUE"));
        assertEquals(List.of(young), ids(admin, tree.root, "PROBATION"));
        JsonObject lateView = admin.get("probations/" + late).json();
        assertEquals("2025-06-01", lateView.getString("probationEnd"));
        // 30 working days after Sunday 01/06/2025: 11/07/2025
        assertEquals("2025-07-11", lateView.getString("deadline"), lateView::toString);
        assertEquals("OVERDUE", lateView.getString("status"));
        assertTrue(lateView.getInt("workingDaysLeft") < 0, lateView::toString);
        // the withdrawn admission is on no list and has no probation page
        assertEquals(404, admin.get("probations/" + gone).status());

        // --- rules, each refused whole
        String lateBody = "{\"considerationDate\":\"2025-08-05\",\"votesFor\":9,\"officialMembers\":12,"
                + "\"decisionNumber\":\"" + p + "20-QĐ/ĐU\",\"decisionDate\":\"2025-08-20\",\"outcome\":\"RECOGNISED\"";
        Api.Reply r = admin.put("probations/" + late, lateBody + "}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").getString("explanation").contains("11/07/2025"), r::toString);
        r = admin.put("probations/" + late, "{\"considerationDate\":\"2025-08-05\",\"votesFor\":13,\"officialMembers\":12}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").containsKey("votesFor"), r::toString);
        r = admin.put("probations/" + late, "{\"considerationDate\":\"2025-05-30\",\"votesFor\":3,\"officialMembers\":3}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").getString("considerationDate").contains("01/06/2025"), r::toString);
        r = admin.put("probations/" + late, "{\"considerationDate\":\"2025-06-20\",\"votesFor\":3,\"officialMembers\":3,"
                + "\"decisionNumber\":\"x\",\"decisionDate\":\"2025-06-19\",\"outcome\":\"RECOGNISED\"}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").getString("decisionDate").contains("không được trước"), r::toString);
        r = admin.put("probations/" + late, "{\"votesFor\":3}");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(400, admin.put("probations/" + late, "{\"considerationDate\":\"2025-06-20\",\"votesFor\":3,"
                + "\"officialMembers\":3,\"outcome\":\"MAYBE\"}").status());
        assertEquals(List.of(late), ids(admin, tree.root, "OVERDUE"), "nothing was written");
        // a withdrawn admission is not considered
        r = admin.put("probations/" + gone, "{\"considerationDate\":\"" + today + "\",\"votesFor\":3,\"officialMembers\":3}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.text().contains("đã rút"), r::toString);
        // considered before the end of the probation
        r = admin.put("probations/" + soon, "{\"considerationDate\":\"" + today + "\",\"votesFor\":3,\"officialMembers\":3}");
        assertEquals(422, r.status(), r::toString);

        // --- late with an explanation, 9 of 12 (three quarters): recognised, official from the end of the probation
        r = admin.put("probations/" + late, lateBody + ",\"explanation\":\"Công văn 07-CV/CB ngày 04/8/2025: chi bộ "
                + "chưa đủ số đảng viên dự họp do mùa vụ\"}");
        assertEquals(200, r.status(), r::toString);
        JsonObject recognised = r.json();
        assertEquals("RECOGNISED", recognised.getString("status"));
        assertEquals("2025-06-01", recognised.getString("officialFrom"));
        assertTrue(recognised.getBoolean("lateConsideration"));
        assertEquals(List.of(late), ids(admin, tree.root, "RECOGNISED"));
        assertEquals(List.of(), ids(admin, tree.root, "OVERDUE"));
        r = admin.put("probations/" + late, lateBody + ",\"explanation\":\"lần hai\"}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").getString("outcome").contains("20/08/2025"), r::toString);
        // the history of the admission tells it
        assertTrue(admin.get("admissions/" + late + "/history").text().contains("RECOGNISED"));

        // --- the cell considers first, the committee decides later: 1 of 3 is no recognition; removed with a reason
        r = admin.put("probations/" + ended, "{\"considerationDate\":\"" + today + "\",\"votesFor\":1,\"officialMembers\":3}");
        assertEquals(200, r.status(), r::toString);
        assertEquals("CONSIDERED", r.json().getString("status"));
        assertEquals(List.of(ended), ids(admin, tree.root, "CONSIDERED"));
        String decision = "{\"considerationDate\":\"" + today + "\",\"votesFor\":1,\"officialMembers\":3,\"decisionNumber\":\""
                + p + "21-QĐ/ĐU\",\"decisionDate\":\"" + today + "\",\"outcome\":";
        r = admin.put("probations/" + ended, decision + "\"RECOGNISED\"}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").getString("votesFor").contains("hai phần ba"), r::toString);
        r = admin.put("probations/" + ended, decision + "\"REMOVED\"}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").containsKey("reason"), r::toString);
        r = admin.put("probations/" + ended, decision + "\"REMOVED\",\"reason\":\"Không đủ tư cách đảng viên (kiểm thử)\"}");
        assertEquals(200, r.status(), r::toString);
        assertEquals("REMOVED", r.json().getString("status"));
        assertFalse(r.json().containsKey("officialFrom") && !r.json().isNull("officialFrom"), r::toString);
        assertEquals(List.of(ended), ids(admin, tree.root, "REMOVED"));

        // --- counts: the subtree and its units (removed this year; the late recognition was decided in 2025)
        JsonObject counts = admin.get("probations/counts?org=" + tree.root).json();
        JsonObject total = counts.getJsonObject("total");
        assertEquals(1, total.getInt("due"), counts::toString);
        assertEquals(0, total.getInt("overdue"), counts::toString);
        assertEquals(1, total.getInt("probation"), counts::toString);
        assertEquals(1, total.getInt("removed"), counts::toString);
        assertEquals(today.getYear() == 2025 ? 1 : 0, total.getInt("recognised"), counts::toString);
        JsonObject district = counts.getJsonArray("units").getJsonObject(0);
        assertEquals(tree.district, district.getString("code"));
        assertEquals(1, district.getInt("due"), counts::toString);
        // the from/to filter on the end of probation
        assertEquals(List.of(soon), ids(admin, tree.root, "DUE&from=" + today));
    }

    @Test
    void theWorklistAndTheDecisionAsDocumentsReadBackTheApi() throws Exception {
        Api admin = new Api(base);
        TestTree tree = TestTree.create(admin);
        LocalDate today = LocalDate.now();
        String p = tree.root + "/";
        long late = admit(admin, tree, p + "1-QĐ/ĐU", "Lò Văn Quá", LocalDate.of(2024, 6, 1));
        long ended = admit(admin, tree, p + "2-QĐ/ĐU", "Vàng Thị Hạn", today.minusMonths(12).minusDays(3));
        // the list of the overdue: the API's rows, each with its limit
        JsonObject overdue = admin.get("probations?org=" + tree.root + "&status=OVERDUE").json();
        Api.Reply pdf = admin.get("reports/probation-list?org=" + tree.root + "&status=OVERDUE&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        String text = TrainingReportsIT.pdfText(pdf.bytes(), "probation-list-overdue");
        assertTrue(text.contains("DANH SÁCH") && text.contains("quá hạn xét công nhận đảng viên chính thức"), text);
        assertTrue(text.contains("Tổng số: " + overdue.getInt("total") + " đồng chí"), text);
        JsonObject row = overdue.getJsonArray("items").getJsonObject(0);
        assertTrue(text.contains("Lò Văn Quá") && text.contains("01/06/2025") && text.contains("11/07/2025")
                && text.contains("quá " + (-row.getInt("workingDaysLeft")) + " ngày làm việc"), text);
        String due = TrainingReportsIT.pdfText(admin.get("reports/probation-list?org=" + tree.root + "&format=pdf").bytes(),
                "probation-list-due");
        assertTrue(due.contains("Vàng Thị Hạn") && !due.contains("Lò Văn Quá") && due.contains("Tổng số: 1 đồng chí"), due);
        assertEquals(400, admin.get("reports/probation-list?org=" + tree.root + "&status=SOON").status());
        // a named list: not for a report viewer, not outside the caller's scope
        assertEquals(403, Api.as(base, "lc.viewer").get("reports/probation-list?org=LC").status());
        assertEquals(404, Api.as(base, "namma.staff").get("reports/probation-list?org=" + tree.root).status());

        // the decision: not before the cell's two thirds; a draft without a number once considered; then numbered
        assertEquals(422, admin.get("reports/probation-decision?admission=" + ended + "&format=pdf").status());
        assertEquals(200, admin.put("probations/" + ended, "{\"considerationDate\":\"" + today
                + "\",\"votesFor\":7,\"officialMembers\":9}").status());
        String draft = TrainingReportsIT.pdfText(admin.get("reports/probation-decision?admission=" + ended + "&format=pdf")
                .bytes(), "probation-decision-draft");
        assertTrue(draft.contains("QUYẾT ĐỊNH") && draft.contains("Về việc công nhận đảng viên chính thức")
                && draft.contains("Vàng Thị Hạn") && draft.contains("7/9 đảng viên chính thức tán thành")
                && draft.contains("HÀ THỬ"), draft);  // on the letterhead of the district committee
        JsonObject recognised = admin.put("probations/" + late, "{\"considerationDate\":\"2025-07-10\",\"votesFor\":5,"
                + "\"officialMembers\":6,\"decisionNumber\":\"125-QĐ/HU\",\"decisionDate\":\"2025-07-25\","
                + "\"outcome\":\"RECOGNISED\"}").json();
        assertEquals("2025-06-01", recognised.getString("officialFrom"), recognised::toString);
        Api.Reply decision = admin.get("reports/probation-decision?admission=" + late + "&format=pdf");
        assertEquals(200, decision.status(), decision::toString);
        String d = TrainingReportsIT.pdfText(decision.bytes(), "probation-decision");
        assertTrue(d.contains("125-QĐ/HU") && d.contains("Lò Văn Quá") && d.contains("sinh ngày 12/04/1998")
                && d.contains("là đảng viên chính thức kể từ ngày 01/06/2025") && d.contains("5/6"), d);
        assertEquals(404, Api.as(base, "namma.staff").get("reports/probation-decision?admission=" + late).status());
        // the admission-results report of the year of the decision counts it
        String results = TrainingReportsIT.pdfText(admin.get("reports/admission-results?org=" + tree.root
                + "&year=2025&format=pdf").bytes(), "admission-results-recognitions");
        assertTrue(results.contains("Công nhận đảng viên chính thức") && results.contains("Trong năm 2025, công nhận "
                + "đảng viên chính thức 1 đồng chí"), results);
    }

    @Test
    void worklistsKeepToTheirScopeAndPermissions() {
        Api admin = new Api(base);
        TestTree tree = TestTree.create(admin);
        long id = admit(admin, tree, tree.root + "/9-QĐ/ĐU", "Giàng A Phạm Vi", LocalDate.of(2024, 6, 1));
        Api sibling = Api.as(base, "namma.staff");
        assertEquals(404, sibling.get("probations/" + id).status());
        assertEquals(404, sibling.put("probations/" + id, "{\"considerationDate\":\"2025-06-05\",\"votesFor\":3,"
                + "\"officialMembers\":3}").status());
        assertEquals(404, sibling.get("probations?org=" + tree.root + "&status=OVERDUE").status());
        assertEquals(404, sibling.get("probations/counts?org=" + tree.root).status());
        Api viewer = Api.as(base, "lc.viewer");
        assertEquals(403, viewer.get("probations?org=LC&status=DUE").status());
        assertEquals(200, viewer.get("probations/counts?org=LC").status());
        assertEquals(400, admin.get("probations?status=DUE").status());
        assertEquals(400, admin.get("probations?org=" + tree.root + "&status=SOON").status());
        assertEquals(400, admin.get("probations?org=" + tree.root + "&from=2026-02-01&to=2026-01-01").status());
        assertEquals(404, admin.get("probations/999999999").status());
        assertEquals(404, admin.get("probations/abc").status());   // as admissions/abc: no such record
    }
}
