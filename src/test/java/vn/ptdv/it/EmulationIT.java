package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Emulation campaigns of the demo, evaluated; the proposal workflow; the two reports; invalid definitions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmulationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static Map<String, JsonObject> byCode(JsonObject evaluation) {
        return evaluation.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("code"), o -> o));
    }

    static String proposed(JsonObject row) {
        return row.isNull("tierProposed") ? null : row.getString("tierProposed");
    }

    /** Evaluates (LC-BT-PTDV-2024 is never submitted, so it can always be re-evaluated; LC-PTDV-2024 is decided). */
    private JsonObject evaluate(String campaign) {
        Api.Reply r = new Api(base).post("emulation/campaigns/" + campaign + "/evaluation", "");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    @Test
    void provinceCampaignRanksTheThirteenUnitsWithReasons() {
        // the demo carried it to its decision (LaoCaiAwards): the stored evaluation is the one it submitted
        JsonObject e = new Api(base).get("emulation/campaigns/LC-PTDV-2024/evaluation").json();
        assertEquals(1, e.getInt("campaignVersion"));
        assertTrue(e.getBoolean("current"));
        assertEquals("APPROVED", e.getJsonObject("proposal").getString("status"));
        Map<String, JsonObject> units = byCode(e);
        assertEquals(13, units.size(), units::toString);
        String bangKhen = "Bằng khen của Ban Thường vụ Tỉnh ủy";
        String giayKhen = "Giấy khen của Ban Tổ chức Tỉnh ủy";
        for (String code : List.of("LC-BP", "LC-MK", "LC-BT")) {
            assertEquals(bangKhen, proposed(units.get(code)), code + ": ≥ 120% and a good rating");
        }
        assertEquals("150,0%", units.get("LC-BP").getString("ratioText"));
        assertEquals(1, units.get("LC-BP").getInt("rank"));
        for (String code : List.of("LC-VB", "LC-BX", "LC-BY", "LC-SP", "LC-BH")) {
            assertEquals(giayKhen, proposed(units.get(code)), code);
        }
        JsonObject vb = units.get("LC-VB");
        assertTrue(vb.getJsonArray("checks").getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getInt("tier") == 0
                && !c.getBoolean("met") && c.getString("reason").contains("114,3%")), vb::toString);
        JsonObject smc = units.get("LC-SMC");
        assertEquals("NOT_ELIGIBLE", smc.getString("outcome"));
        assertTrue(smc.getString("summary").contains("Hoàn thành nhiệm vụ"), smc::toString);
        JsonObject cqdn = units.get("LC-CQDN");
        assertEquals("NOT_ELIGIBLE", cqdn.getString("outcome"));
        assertTrue(cqdn.getString("summary").contains("Khiển trách"), cqdn::toString);
        for (String code : List.of("LC-TP", "LC-CA", "LC-QS")) {
            JsonObject u = units.get(code);
            assertEquals("NOT_PROPOSED_QUOTA", u.getString("outcome"), u::toString);
            assertTrue(u.getString("summary").contains("vượt số lượng " + giayKhen), u::toString);
        }
        assertEquals(8, e.getInt("proposed"));
        // the viewer reads it but may not run it; a decided proposal is not evaluated again
        Api viewer = Api.as(base, "lc.viewer");
        JsonObject again = viewer.get("emulation/campaigns/LC-PTDV-2024/evaluation").json();
        assertEquals(e.getJsonArray("participants"), again.getJsonArray("participants"));
        assertProblem(viewer.post("emulation/campaigns/LC-PTDV-2024/evaluation", ""), 403, null);
        assertProblem(new Api(base).post("emulation/campaigns/LC-PTDV-2024/evaluation", ""), 409, null);
    }

    /**
     * The demo's completed dossiers (LaoCaiAwards): LC-PTDV-2024 decided on 20/01/2025 after the council of 14/01/2025,
     * which refused Bắc Hà's Giấy khen for want of votes; LC-PTDV-2025 of the new province decided on 22/01/2026; the
     * certificates of both print one page per awarded unit with the decision's number.
     */
    @Test
    void theDemoCarriedBothProvinceCampaignsThroughTheCouncilToTheirCertificates() throws IOException {
        Api viewer = Api.as(base, "lc.viewer");
        JsonObject proposal = viewer.get("emulation/campaigns/LC-PTDV-2024/evaluation").json().getJsonObject("proposal");
        assertEquals("APPROVED", proposal.getString("status"), proposal::toString);
        String number = proposal.getString("decisionNumber");
        assertTrue(number.matches("\\d+-QĐ/BTCTU"), number);
        assertEquals("2025-01-20", proposal.getString("decisionDate"));
        List<JsonObject> decisions = new Api(base).get("documents?issuer=LC&year=2025&kind=DECISION").array()
                .getValuesAs(JsonObject.class);
        JsonObject decision = decisions.stream().filter(d -> d.getString("report").equals("award-decision")
                && d.getJsonObject("parameters").getString("campaign").equals("LC-PTDV-2024")).findFirst().orElseThrow();
        assertEquals(number, decision.getString("number"));
        assertEquals("2025-01-20", decision.getString("issuedOn"));
        assertTrue(decision.getBoolean("signed"), decision::toString);
        JsonObject council = viewer.get("emulation/campaigns/LC-PTDV-2024/dossier/council").json();
        assertEquals("2025-01-14", council.getString("meetingDate"));
        assertEquals(9, council.getJsonArray("members").size());
        assertEquals(8, council.getInt("present"));
        Map<String, JsonObject> entries = council.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("organizationCode"), o -> o));
        assertEquals(8, entries.size(), entries::toString);
        JsonObject bacHa = entries.get("LC-BH").getJsonObject("vote");
        assertFalse(bacHa.getBoolean("passed"), bacHa::toString);
        assertEquals(5, bacHa.getInt("votesFor"));
        assertTrue(bacHa.getString("reason").contains("5/8") && bacHa.getString("reason").contains("70%"), bacHa::toString);
        List<String> awarded = entries.values().stream().filter(x -> x.getJsonObject("vote").getBoolean("passed"))
                .map(x -> x.getString("organizationName")).sorted().toList();
        assertEquals(7, awarded.size(), awarded::toString);
        assertTrue(entries.values().stream().allMatch(x -> x.getString("status").equals("ACCEPTED")), entries::toString);
        assertTrue(entries.get("LC-BP").getJsonObject("vote").getBoolean("secretBallot"));
        JsonObject sapa = viewer.get("emulation/campaigns/LC-PTDV-2024/dossier/entries/LC-SP").json();
        assertTrue(sapa.getString("achievements").startsWith("(Dữ liệu mô phỏng"), sapa::toString);
        assertFalse(sapa.isNull("measures"), "completed after it was returned: " + sapa);
        certificates(viewer, "LC-PTDV-2024", number, awarded, "Đảng bộ huyện Bắc Hà");

        JsonObject p2025 = viewer.get("emulation/campaigns/LC-PTDV-2025/evaluation").json().getJsonObject("proposal");
        assertEquals("APPROVED", p2025.getString("status"), p2025::toString);
        assertEquals("2026-01-22", p2025.getString("decisionDate"));
        JsonObject c2025 = viewer.get("emulation/campaigns/LC-PTDV-2025/dossier/council").json();
        assertEquals("2026-01-15", c2025.getString("meetingDate"));
        List<JsonObject> e2025 = c2025.getJsonArray("entries").getValuesAs(JsonObject.class);
        System.out.println("LC-PTDV-2025: " + e2025.stream().map(x -> x.getString("organizationCode") + " " + x.getString("tier")
                + " " + x.getString("ratioText") + " " + x.getJsonObject("vote").getBoolean("passed")).toList());
        List<String> refused = e2025.stream().filter(x -> !x.getJsonObject("vote").getBoolean("passed"))
                .map(x -> x.getString("organizationName")).toList();
        assertEquals(1, refused.size(), e2025::toString);
        List<String> awarded2025 = e2025.stream().filter(x -> x.getJsonObject("vote").getBoolean("passed"))
                .map(x -> x.getString("organizationName")).toList();
        assertTrue(awarded2025.size() >= 1, e2025::toString);
        certificates(viewer, "LC-PTDV-2025", p2025.getString("decisionNumber"), awarded2025, refused.get(0));
    }

    /** The certificates PDF of a decided campaign: one page per awarded unit, each with the decision's number. */
    private void certificates(Api viewer, String campaign, String number, List<String> awarded, String refused)
            throws IOException {
        Api.Reply pdf = viewer.get("reports/award-certificates?campaign=" + campaign + "&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-previews"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-previews", "demo-certificates-" + campaign + ".pdf"),
                pdf.bytes());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertEquals(awarded.size(), doc.getNumberOfPages(), campaign);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("Quyết định số " + number), page + ": " + text);
                assertTrue(awarded.stream().anyMatch(text::contains), page + ": " + text);
                assertFalse(text.contains(refused), page + ": " + text);
            }
        }
    }

    @Test
    void baoThangCampaignHasEligibleAndIneligibleCellsForDifferentReasons() {
        JsonObject e = evaluate("LC-BT-PTDV-2024");
        List<JsonObject> rows = e.getJsonArray("participants").getValuesAs(JsonObject.class);
        String summary = "proposed " + e.getInt("proposed") + ", quota " + e.getInt("notProposedQuota") + ", not eligible "
                + e.getInt("notEligible") + " of " + rows.size();
        System.out.println("LC-BT-PTDV-2024: " + summary);
        rows.stream().limit(25).forEach(r -> System.out.println("  " + r.getInt("rank") + " " + r.getString("code") + " "
                + r.getString("outcome") + " " + r.getString("summary")));
        assertTrue(rows.size() > 20, summary);
        assertTrue(rows.stream().allMatch(r -> r.getString("code").startsWith("LC-BT-")), summary);
        assertEquals(15, e.getInt("proposed"), summary);
        assertTrue(e.getInt("notEligible") > 0, summary);
        assertTrue(rows.stream().filter(r -> "PROPOSED".equals(r.getString("outcome")))
                .allMatch(r -> r.getString("tierProposed").equals("Giấy khen của Ban Thường vụ Huyện ủy")), summary);
        assertTrue(rows.stream().anyMatch(r -> r.getString("summary").contains("xếp loại Hoàn thành nhiệm vụ")), summary);
        assertTrue(rows.stream().anyMatch(r -> r.getString("summary").contains("chưa có kết quả xếp loại")), summary);
        assertTrue(rows.stream().anyMatch(r -> r.getString("summary").contains("chỉ đạt")
                || r.getString("summary").contains("chưa đăng ký chỉ tiêu")), summary);
        // ranks are 1..n in order
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).getInt("rank"));
        }
        Api namma = Api.as(base, "namma.staff");
        Api.Reply hidden = namma.get("emulation/campaigns/LC-BT-PTDV-2024/evaluation");
        assertProblem(hidden, 404, null);
        assertFalse(hidden.json().getString("detail").contains("LC-BT"), hidden::toString);
        assertEquals(hidden.json().getString("detail"), namma.get("emulation/campaigns/NO-SUCH/evaluation").json().getString("detail"));
        assertTrue(Api.as(base, "baothang.staff").get("emulation/campaigns").array().size() >= 1);
    }

    @Test
    void reportsPrintTheProposalAndEveryCriterion() throws IOException {
        Api viewer = Api.as(base, "lc.viewer");
        Api.Reply pdf = viewer.get("reports/award-eligibility?campaign=LC-PTDV-2024&format=pdf");
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(pdf.contentType().startsWith("application/pdf"));
        String text = text(pdf.bytes());
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "TỜ TRÌNH", "DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG",
                "Đảng bộ Bộ đội Biên phòng tỉnh", "150,0%", "Bằng khen của Ban Thường vụ Tỉnh ủy", "210-KH/TU",
                "Hình thức khen đề nghị", "Đảng bộ huyện Văn Bàn")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("Đảng bộ huyện Si Ma Cai"), "not proposed, not listed");
        Api.Reply eval = viewer.get("reports/award-evaluation?campaign=LC-PTDV-2024&format=pdf");
        assertEquals(200, eval.status(), eval::toString);
        String all = text(eval.bytes());
        for (String expected : List.of("BÁO CÁO", "Đảng bộ huyện Si Ma Cai", "Không đạt", "Khiển trách", "Hoàn thành nhiệm vụ",
                "Đảng bộ Công an tỉnh")) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
        for (String format : List.of("docx", "xlsx")) {
            Api.Reply r = viewer.get("reports/award-eligibility?campaign=LC-BT-PTDV-2024&format=" + format);
            assertEquals(200, r.status(), format + " " + r);
            assertTrue(r.bytes().length > 1000);
        }
        Api.Reply bt = viewer.get("reports/award-evaluation?campaign=LC-BT-PTDV-2024&format=pdf");
        assertEquals(200, bt.status(), bt::toString);
        assertTrue(text(bt.bytes()).contains("Giấy khen của Ban Thường vụ Huyện ủy"));
        Api.Reply outside = Api.as(base, "namma.staff").get("reports/award-eligibility?campaign=LC-BT-PTDV-2024&format=pdf");
        assertProblem(outside, 404, null);
        assertFalse(outside.json().getString("detail").contains("LC-BT"), outside::toString);
        assertProblem(viewer.get("reports/award-eligibility?format=pdf"), 400, null);
    }

    @Test
    void aBadDefinitionIsRejectedWithEveryError() {
        String body = "{\"code\":\"X-BAD-1\",\"organizationCode\":\"LC\",\"planNumber\":\"1-KH/TU\",\"name\":\"Thử\","
                + "\"fromYear\":2024,\"toYear\":2024,\"participantKinds\":[\"UPPER_GRASSROOTS_COMMITTEE\"],"
                + "\"tiers\":[{\"name\":\"Bằng khen\",\"quota\":3,\"criteria\":["
                + "{\"type\":\"TARGET_RATIO_AT_LEAST\",\"parameters\":{\"percent\":-5}},"
                + "{\"type\":\"MOST_POPULAR\",\"parameters\":{}},"
                + "{\"type\":\"GROUP_ADMITTED_AT_LEAST\",\"parameters\":{\"group\":\"ELDERS\",\"count\":\"ba\"}}]}]}";
        Api.Reply r = new Api(base).post("emulation/campaigns", body);
        assertProblem(r, 400, "tiers[0].criteria[0].parameters.percent");
        JsonObject errors = r.json().getJsonObject("errors");
        assertTrue(errors.containsKey("tiers[0].criteria[1].type"), errors::toString);
        assertTrue(errors.containsKey("tiers[0].criteria[2].parameters.group"), errors::toString);
        assertTrue(errors.containsKey("tiers[0].criteria[2].parameters.count"), errors::toString);
        assertTrue(r.json().getString("detail").contains("MOST_POPULAR"), r::toString);
        assertProblem(new Api(base).get("emulation/campaigns/X-BAD-1"), 404, null);
        assertProblem(Api.as(base, "lc.viewer").post("emulation/campaigns", body), 403, null);
    }

    @Test
    void proposalWorkflowOnATreeOfItsOwn() throws IOException {
        Api admin = new Api(base);
        TestTree t = TestTree.create(admin);
        assertEquals(201, admin.put("organizations/" + t.cell + "/targets/2024", "{\"admissions\":1}").status());
        Api.Reply adm = admin.post("admissions", t.admission("1-QĐ/ĐU-" + t.root));
        assertEquals(201, adm.status(), adm::toString);
        assertEquals(200, admin.put("emulation/ratings/" + t.cell + "/2024", "{\"rating\":\"HOAN_THANH_TOT\"}").status());
        assertEquals("HOAN_THANH_TOT", admin.get("emulation/ratings/" + t.cell + "/2024").json().getString("rating"));
        assertProblem(admin.put("emulation/ratings/" + t.cell + "/2024", "{\"rating\":\"GOOD\"}"), 400, null);
        Api.Reply d = admin.post("emulation/disciplines", "{\"organizationCode\":\"" + t.cell2 + "\",\"actionDate\":\"2024-03-01\","
                + "\"form\":\"Khiển trách\",\"decisionNumber\":\"9-QĐ/UBKT\"}");
        assertEquals(201, d.status(), d::toString);
        assertEquals(1, admin.get("emulation/disciplines?org=" + t.root + "&year=2024").array().size());

        String code = t.root + "-TD-2024";
        String campaign = "{\"code\":\"" + code + "\",\"organizationCode\":\"" + t.district + "\",\"planNumber\":\"7-KH/HU\","
                + "\"name\":\"Phong trào thử\",\"fromYear\":2024,\"toYear\":2024,"
                + "\"participantKinds\":[\"CELL\",\"GRASSROOTS_COMMITTEE\"],"
                + "\"tiers\":[{\"name\":\"Giấy khen\",\"quota\":1,\"criteria\":["
                + "{\"type\":\"TARGET_RATIO_AT_LEAST\",\"parameters\":{\"percent\":100}},"
                + "{\"type\":\"QUALITY_RATING_AT_LEAST\",\"parameters\":{\"rating\":\"HOAN_THANH_TOT\"}},"
                + "{\"type\":\"GROUP_ADMITTED_AT_LEAST\",\"parameters\":{\"group\":\"WOMEN\",\"count\":1}},"
                + "{\"type\":\"NO_DISCIPLINE\"}]}]}";
        Api.Reply created = admin.post("emulation/campaigns", campaign);
        assertEquals(201, created.status(), created::toString);
        assertEquals(1, created.json().getInt("version"));
        assertProblem(admin.post("emulation/campaigns", campaign), 409, null);
        assertProblem(admin.post("emulation/campaigns/" + code + "/proposal/submission", ""), 422, null);

        JsonObject e = admin.post("emulation/campaigns/" + code + "/evaluation", "").json();
        Map<String, JsonObject> units = byCode(e);
        assertEquals(3, units.size(), units::toString);
        assertEquals("PROPOSED", units.get(t.cell).getString("outcome"), units::toString);
        assertTrue(units.get(t.cell2).getString("summary").contains("Khiển trách"), units::toString);
        assertTrue(units.get(t.commune).getString("summary").contains("chưa đăng ký chỉ tiêu"), units::toString);

        // a change makes the stored result stale: submitting it is refused until it is evaluated again
        Api.Reply changed = admin.put("emulation/campaigns/" + code, campaign.replace("\"quota\":1", "\"quota\":2"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(2, changed.json().getInt("version"));
        assertFalse(admin.get("emulation/campaigns/" + code + "/evaluation").json().getBoolean("current"));
        assertProblem(admin.post("emulation/campaigns/" + code + "/proposal/submission", ""), 409, null);
        assertEquals(2, admin.post("emulation/campaigns/" + code + "/evaluation", "").json().getInt("campaignVersion"));

        JsonObject submitted = admin.post("emulation/campaigns/" + code + "/proposal/submission", "").json();
        assertEquals("SUBMITTED", submitted.getJsonObject("proposal").getString("status"));
        assertEquals(Api.SYSTEM_ADMIN, submitted.getJsonObject("proposal").getString("submittedBy"));
        // approval takes the number and date of the issued decision (#19 item 4): none is typed any more
        String decision = "{\"approved\":true}";
        String decide = "emulation/campaigns/" + code + "/proposal/decision";
        assertProblem(Api.as(base, "lc.viewer").post(decide, decision), 403, null);
        assertProblem(Api.as(base, "namma.staff").post(decide, decision), 403, null);
        assertProblem(admin.post(decide, decision), 422, null);
        dossier(admin, t, code);
        JsonObject issued = issuedDecision(admin, code);
        assertProblem(admin.post(decide, "{\"approved\":true,\"decisionNumber\":\"15-QĐ/HU\",\"decisionDate\":\"2025-01-20\"}"),
                422, null);   // a typed number that is not the issued one
        JsonObject approved = admin.post(decide, decision).json();
        assertEquals("APPROVED", approved.getJsonObject("proposal").getString("status"), approved::toString);
        assertEquals(issued.getString("number"), approved.getJsonObject("proposal").getString("decisionNumber"));
        assertEquals(issued.getString("issuedOn"), approved.getJsonObject("proposal").getString("decisionDate"));
        assertProblem(admin.post("emulation/campaigns/" + code + "/evaluation", ""), 409, null);
        assertFalse(admin.get("audit?action=EMULATION_PROPOSAL_APPROVED").array().isEmpty());
        afterTheDecision(admin, t, code, issued);
    }

    /**
     * Ban hành quyết định: the award decision issued through the register of issued documents. Until it is issued,
     * and again once it is withdrawn, approval is refused; the decision in force is the second one issued.
     */
    private JsonObject issuedDecision(Api admin, String code) throws IOException {
        String decide = "emulation/campaigns/" + code + "/proposal/decision";
        assertProblem(admin.post(decide, "{\"approved\":true}"), 422, null);   // the council voted, nothing issued yet
        String body = "{\"report\":\"award-decision\",\"parameters\":{\"campaign\":\"" + code + "\"},\"format\":\"pdf\"}";
        Api.Reply first = admin.post("documents", body);
        assertEquals(201, first.status(), first::toString);
        assertTrue(first.json().getString("number").matches("1-QĐ/.+"), first.json()::toString);
        String printed = text(admin.get("documents/" + first.json().getJsonNumber("id") + "/file").bytes());
        assertTrue(printed.contains("QUYẾT ĐỊNH") && printed.contains("Số " + first.json().getString("number"))
                && printed.contains("Chi bộ thôn Bản Một"), printed);
        Api.Reply withdrawn = admin.post("documents/" + first.json().getJsonNumber("id") + "/withdrawal",
                "{\"reason\":\"Danh sách kèm theo chưa đúng\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertProblem(admin.post(decide, "{\"approved\":true}"), 422, null);   // a withdrawn decision is no decision
        Api.Reply second = admin.post("documents", body);
        assertEquals(201, second.status(), second::toString);
        assertTrue(second.json().getString("number").matches("2-QĐ/.+"), second.json()::toString);
        return second.json();
    }

    /**
     * The dossier between submission and decision: the cell's own staff write and submit its báo cáo thành tích, the
     * district returns it with a reason, then accepts it; the council's first vote is below the majority (the award is
     * refused with the counts), the second passes; the minutes and the decision read the API's figures.
     */
    private void dossier(Api admin, TestTree t, String code) throws IOException {
        String d = "emulation/campaigns/" + code + "/dossier";
        List<JsonObject> entries = admin.get(d + "/entries").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(t.cell), entries.stream().map(e -> e.getString("organizationCode")).toList());
        JsonObject entry = entries.get(0);
        assertEquals("DRAFT", entry.getString("status"));
        assertEquals(1, entry.getInt("admitted"));
        assertEquals("Giấy khen", entry.getString("tier"));
        assertProblem(admin.get(d + "/entries/" + t.cell2), 404, null);
        assertProblem(admin.put(d + "/council", council(t, 3, 3, 0)), 422, null);   // reports not accepted yet

        Api unit = TestTree.user(admin, base, "EMULATION_SECRETARY", t.cell);
        assertProblem(unit.post(d + "/entries/" + t.cell + "/report/submission", ""), 422, "achievements");
        String sections = "{\"characteristics\":\"Chi bộ có 12 đảng viên, sinh hoạt ở nhà văn hóa thôn.\","
                + "\"achievements\":\"Kết nạp đảng viên nữ đầu tiên của thôn.\\nTổ chức 2 buổi sinh hoạt chuyên đề.\","
                + "\"measures\":\"Phân công đảng viên giúp đỡ quần chúng ưu tú.\"}";
        Api.Reply written = unit.put(d + "/entries/" + t.cell + "/report", sections);
        assertEquals(200, written.status(), written::toString);
        assertEquals("DRAFT", written.json().getString("status"));
        assertEquals("SUBMITTED", unit.post(d + "/entries/" + t.cell + "/report/submission", "").json().getString("status"));
        assertProblem(unit.put(d + "/entries/" + t.cell + "/report", sections), 409, null);
        assertProblem(unit.post(d + "/entries/" + t.cell + "/review", "{\"accepted\":true}"), 404, null);   // not the issuer
        assertProblem(unit.get(d + "/entries/" + t.cell2), 404, null);
        assertProblem(admin.post(d + "/entries/" + t.cell + "/review", "{\"accepted\":false}"), 400, "reason");
        JsonObject returned = admin.post(d + "/entries/" + t.cell + "/review",
                "{\"accepted\":false,\"reason\":\"Bổ sung số buổi sinh hoạt chuyên đề\"}").json();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("Bổ sung số buổi sinh hoạt chuyên đề", returned.getString("reviewNote"));
        assertEquals(200, unit.put(d + "/entries/" + t.cell + "/report", sections.replace("2 buổi", "3 buổi")).status());
        assertEquals("SUBMITTED", unit.post(d + "/entries/" + t.cell + "/report/submission", "").json().getString("status"));
        assertEquals("ACCEPTED", admin.post(d + "/entries/" + t.cell + "/review", "{\"accepted\":true}").json().getString("status"));
        String report = text(unit.get("reports/award-achievement-report?campaign=" + code + "&org=" + t.cell + "&format=pdf").bytes());
        assertTrue(report.contains("BÁO CÁO") && report.contains("3 buổi sinh hoạt chuyên đề") && report.contains("đã kết nạp 1 đảng viên")
                && report.contains("đạt 100,0% chỉ tiêu") && report.contains("Đề nghị Giấy khen"), report);

        // the council: a quorum is needed; one "for" of two present is below 70%: refused, with the reason
        assertProblem(admin.put(d + "/council", council(t, 1, 1, 0)), 422, null);
        assertProblem(admin.put(d + "/council", council(t, 2, 3, 0)), 400, "votes[0]");
        JsonObject first = admin.put(d + "/council", council(t, 2, 1, 1)).json();
        JsonObject vote = first.getJsonArray("entries").getJsonObject(0).getJsonObject("vote");
        assertFalse(vote.getBoolean("passed"), first::toString);
        assertTrue(vote.getString("reason").contains("1/2"), vote::toString);
        assertProblem(admin.post("emulation/campaigns/" + code + "/proposal/decision",
                "{\"approved\":true,\"decisionNumber\":\"15-QĐ/HU\",\"decisionDate\":\"2025-01-20\"}"), 422, null);
        String refused = text(admin.get("reports/award-council-minutes?campaign=" + code + "&format=pdf").bytes());
        assertTrue(refused.contains("BIÊN BẢN") && refused.contains("Không thông qua") && refused.contains("1/2"), refused);
        assertProblem(admin.get("reports/award-decision?campaign=" + code + "&format=pdf"), 422, null);

        JsonObject second = admin.put(d + "/council", council(t, 2, 2, 0)).json();
        assertTrue(second.getJsonArray("entries").getJsonObject(0).getJsonObject("vote").getBoolean("passed"), second::toString);
        assertEquals(2, second.getInt("present"));
        String minutes = text(admin.get("reports/award-council-minutes?campaign=" + code + "&format=pdf").bytes());
        assertTrue(minutes.contains("Thông qua") && minutes.contains("Lò Văn Chủ") && minutes.contains("Có mặt 2/3")
                && minutes.contains("Chi bộ thôn Bản Một"), minutes);
        String draft = text(admin.get("reports/award-decision?campaign=" + code + "&format=pdf").bytes());
        assertTrue(draft.contains("QUYẾT ĐỊNH") && draft.contains("DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG")
                && draft.contains("Chi bộ thôn Bản Một") && draft.contains("Tặng thưởng 1 tập thể"), draft);
        assertProblem(admin.get("reports/award-certificates?campaign=" + code + "&format=pdf"), 422, null);
    }

    private void afterTheDecision(Api admin, TestTree t, String code, JsonObject issued) throws IOException {
        String number = issued.getString("number");
        String date = java.time.LocalDate.parse(issued.getString("issuedOn"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Api.Reply certificates = admin.get("reports/award-certificates?campaign=" + code + "&format=pdf");
        assertEquals(200, certificates.status(), certificates::toString);
        try (PDDocument doc = Loader.loadPDF(certificates.bytes())) {
            assertEquals(1, doc.getNumberOfPages(), "one page per awarded unit");
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;   // a landscape page may be a portrait box turned by 90°
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertTrue(width > height, "landscape: " + page.getMediaBox() + " rotated " + page.getRotation());
        }
        String c = text(certificates.bytes());
        assertTrue(c.contains("GIẤY KHEN") && c.contains("Chi bộ thôn Bản Một") && c.contains(number) && c.contains(date), c);
        String decided = text(admin.get("reports/award-decision?campaign=" + code + "&format=pdf").bytes());
        assertTrue(decided.contains("Số " + number), decided);
        assertProblem(admin.put("emulation/campaigns/" + code + "/dossier/council", council(t, 2, 2, 0)), 409, null);
    }

    /**
     * Both routes as campaign configuration (#19 item 6): a state-route campaign under the simplified procedure walked
     * from evaluation to the certificates; the steps the procedure does not have are refused with the reason; the
     * route is checked on creation and changes only before a proposal exists.
     */
    @Test
    void aStateRouteSimplifiedCampaignGoesFromEvaluationToCertificatesWithoutACouncil() throws IOException {
        Api admin = new Api(base);
        TestTree t = TestTree.create(admin);
        assertEquals(201, admin.put("organizations/" + t.cell + "/targets/2024", "{\"admissions\":1}").status());
        assertEquals(201, admin.post("admissions", t.admission("1-QĐ/ĐU-S" + t.root)).status());
        String code = t.root + "-NN-2024";
        String campaign = "{\"code\":\"" + code + "\",\"organizationCode\":\"" + t.district + "\",\"planNumber\":\"9-KH/UBND\","
                + "\"name\":\"Phong trào thi đua phát triển đảng viên năm 2024\",\"fromYear\":2024,\"toYear\":2024,"
                + "\"participantKinds\":[\"CELL\"],\"route\":\"STATE\",\"procedure\":\"SIMPLIFIED\","
                + "\"grantingBody\":\"Ủy ban nhân dân huyện Hà Thử\",\"grantingSigner\":\"Lò Văn Mẫu\","
                + "\"tiers\":[{\"name\":\"Giấy khen của Chủ tịch Ủy ban nhân dân huyện\",\"quota\":2,\"criteria\":["
                + "{\"type\":\"TARGET_RATIO_AT_LEAST\",\"parameters\":{\"percent\":100}}]}]}";
        // the simplified procedure belongs to the state route; the state route names its authority
        Api.Reply party = admin.post("emulation/campaigns", campaign.replace("\"STATE\"", "\"PARTY\"")
                .replace("\"grantingBody\":\"Ủy ban nhân dân huyện Hà Thử\",\"grantingSigner\":\"Lò Văn Mẫu\",", ""));
        assertProblem(party, 400, "procedure");
        assertTrue(party.json().getJsonObject("errors").getString("procedure").contains("Điều 85"), party::toString);
        assertProblem(admin.post("emulation/campaigns", campaign.replace("\"grantingBody\":\"Ủy ban nhân dân huyện Hà Thử\",", "")),
                400, "grantingBody");
        assertProblem(admin.post("emulation/campaigns", campaign.replace("\"SIMPLIFIED\"", "\"SHORT\"")), 400, "procedure");
        Api.Reply created = admin.post("emulation/campaigns", campaign);
        assertEquals(201, created.status(), created::toString);
        assertEquals("STATE", created.json().getString("route"));
        assertEquals("SIMPLIFIED", created.json().getString("procedure"));
        // before a proposal the route changes (FULL and back), and an update without route fields keeps it
        JsonObject full = admin.put("emulation/campaigns/" + code, campaign.replace("\"SIMPLIFIED\"", "\"FULL\"")).json();
        assertEquals("FULL", full.getString("procedure"));
        assertEquals("SIMPLIFIED", admin.put("emulation/campaigns/" + code, campaign).json().getString("procedure"));
        JsonObject kept = admin.put("emulation/campaigns/" + code, campaign.replace("\"route\":\"STATE\",\"procedure\":\"SIMPLIFIED\","
                + "\"grantingBody\":\"Ủy ban nhân dân huyện Hà Thử\",\"grantingSigner\":\"Lò Văn Mẫu\",", "")).json();
        assertEquals("STATE", kept.getString("route"), kept::toString);
        assertEquals("Ủy ban nhân dân huyện Hà Thử", kept.getString("grantingBody"));

        assertEquals("PROPOSED", byCode(admin.post("emulation/campaigns/" + code + "/evaluation", "").json()).get(t.cell)
                .getString("outcome"));
        assertEquals("SUBMITTED", admin.post("emulation/campaigns/" + code + "/proposal/submission", "").json()
                .getJsonObject("proposal").getString("status"));
        Api.Reply late = admin.put("emulation/campaigns/" + code, campaign.replace("\"SIMPLIFIED\"", "\"FULL\""));
        assertProblem(late, 409, null);   // submitted: the route is fixed (the definition too, while it waits)

        String d = "emulation/campaigns/" + code + "/dossier";
        Api.Reply sections = admin.put(d + "/entries/" + t.cell + "/report", "{\"characteristics\":\"Chi bộ 12 đảng viên.\","
                + "\"achievements\":\"Kết nạp đảng viên nữ đầu tiên của thôn.\"}");
        assertProblem(sections, 422, "characteristics");
        assertTrue(sections.json().getString("detail").contains("báo cáo tóm tắt thành tích"), sections::toString);
        String summary = "{\"achievements\":\"Kết nạp đảng viên nữ đầu tiên của thôn, vượt chỉ tiêu năm 2024.\"}";
        assertEquals(200, admin.put(d + "/entries/" + t.cell + "/report", summary).status());
        assertEquals("SUBMITTED", admin.post(d + "/entries/" + t.cell + "/report/submission", "").json().getString("status"));
        byte[] summaryPdf = admin.get("reports/award-achievement-report?campaign=" + code + "&org=" + t.cell + "&format=pdf").bytes();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "state-simplified-summary.pdf"), summaryPdf);
        String report = text(summaryPdf);
        assertTrue(report.contains("báo cáo tóm tắt thành tích") && report.contains("thủ tục đơn giản")
                && report.contains("vượt chỉ tiêu năm 2024") && !report.contains("ĐẶC ĐIỂM, TÌNH HÌNH"), report);
        String decide = "emulation/campaigns/" + code + "/proposal/decision";
        assertProblem(admin.post(decide, "{\"approved\":true}"), 422, null);   // nothing accepted yet
        assertEquals("ACCEPTED", admin.post(d + "/entries/" + t.cell + "/review", "{\"accepted\":true}").json().getString("status"));
        // no council under the simplified procedure: its meeting and minutes are refused with the reason
        Api.Reply council = admin.put(d + "/council", council(t, 3, 3, 0));
        assertProblem(council, 409, null);
        assertTrue(council.json().getString("detail").contains("thủ tục đơn giản")
                && council.json().getString("detail").contains("không họp Hội đồng"), council::toString);
        assertProblem(admin.get("reports/award-council-minutes?campaign=" + code + "&format=pdf"), 409, null);

        Api.Reply issued = admin.post("documents", "{\"report\":\"award-decision\",\"parameters\":{\"campaign\":\"" + code
                + "\"},\"format\":\"pdf\"}");
        assertEquals(201, issued.status(), issued::toString);
        String number = issued.json().getString("number");
        byte[] decisionPdf = admin.get("documents/" + issued.json().getJsonNumber("id") + "/file").bytes();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "state-simplified-decision.pdf"), decisionPdf);
        String decision = text(decisionPdf);
        assertTrue(decision.contains("Số " + number) && decision.contains("Nghị định số 98/2023/NĐ-CP")
                && decision.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HÀ THỬ QUYẾT ĐỊNH") && decision.contains("thủ tục đơn giản")
                && decision.contains("Chi bộ thôn Bản Một") && decision.contains("Lò Văn Mẫu"), decision);
        JsonObject approved = admin.post(decide, "{\"approved\":true}").json();
        assertEquals("APPROVED", approved.getJsonObject("proposal").getString("status"), approved::toString);
        assertEquals(number, approved.getJsonObject("proposal").getString("decisionNumber"));
        String date = java.time.LocalDate.parse(issued.json().getString("issuedOn"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Api.Reply certificates = admin.get("reports/award-certificates?campaign=" + code + "&format=pdf");
        assertEquals(200, certificates.status(), certificates::toString);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "state-simplified-certificates.pdf"), certificates.bytes());
        String c = text(certificates.bytes());
        assertTrue(c.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && c.contains("Độc lập - Tự do - Hạnh phúc")
                && c.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HÀ THỬ") && c.contains("GIẤY KHEN") && c.contains("Chi bộ thôn Bản Một")
                && c.contains(number) && c.contains(date) && c.contains("Lò Văn Mẫu") && !c.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), c);
    }

    /** Three members, {@code present} of them present; the vote on the cell: {@code votesFor} for, {@code against} against. */
    private static String council(TestTree t, int present, int votesFor, int against) {
        StringBuilder members = new StringBuilder();
        String[][] people = {{"Lò Văn Chủ", "Chủ tịch Hội đồng"}, {"Vàng Thị Thư", "Ủy viên, thư ký"}, {"Giàng A Ba", "Ủy viên"}};
        for (int i = 0; i < people.length; i++) {
            members.append(i == 0 ? "" : ",").append("{\"fullName\":\"").append(people[i][0]).append("\",\"position\":\"")
                    .append(people[i][1]).append("\",\"present\":").append(i < present).append('}');
        }
        return "{\"meetingDate\":\"2025-01-15\",\"place\":\"Hội trường Huyện ủy\",\"chair\":\"Lò Văn Chủ\","
                + "\"secretary\":\"Vàng Thị Thư\",\"members\":[" + members + "],\"votes\":[{\"organizationCode\":\""
                + t.cell + "\",\"votesFor\":" + votesFor + ",\"votesAgainst\":" + against + ",\"abstaining\":0}]}";
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
