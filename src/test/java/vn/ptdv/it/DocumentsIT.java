package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ptdv.document.control.PdfSignatures;

/**
 * Issued documents (issue #18) on the running server with the real database and real PDF bytes, in test trees of
 * their own: consecutive numbers under concurrent issuing, the same bytes after the data changed, a signature an
 * independent validator accepts, verification of intact, tampered and foreign files, the replacement chain, the
 * register as a report, the demo's two documents and the answers to bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    static String issueBody(String org) {
        return "{\"report\":\"admission-results\",\"parameters\":{\"org\":\"" + org + "\",\"year\":2024},\"format\":\"pdf\"}";
    }

    @Test
    void twentyConcurrentIssuesGiveTwentyConsecutiveNumbers() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Api.Reply> issue = () -> api.post("documents", issueBody(t.commune));
                replies.add(pool.submit(issue));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get(10, TimeUnit.MINUTES);
                assertEquals(201, r.status(), r::toString);
                JsonObject d = r.json();
                assertTrue(d.getString("number").matches("\\d+-BC/ĐU"), d.getString("number"));
                numbers.add(d.getInt("sequence"));
                assertEquals(d.getString("number"), d.getInt("sequence") + "-BC/ĐU");
            }
            numbers.sort(null);
            assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), numbers, "1 to 20, no gap, no duplicate");
        } finally {
            pool.shutdownNow();
        }
        JsonArray register = api.get("documents?issuer=" + t.commune + "&year=" + YEAR + "&kind=BC").array();
        assertEquals(20, register.size());
        for (int i = 0; i < 20; i++) {
            assertEquals(i + 1, register.getJsonObject(i).getInt("sequence"), "in order of number");
        }
        // the next kind of the same issuer starts at 1 again; the next BC continues at 21
        Api.Reply next = api.post("documents", issueBody(t.commune));
        assertEquals("21-BC/ĐU", next.json().getString("number"), next::toString);
    }

    @Test
    void theIssuedBytesStayTheSameWhenTheDataChanges() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        Api.Reply issued = api.post("documents", issueBody(t.commune));
        assertEquals(201, issued.status(), issued::toString);
        JsonObject d = issued.json();
        for (String key : List.of("id", "number", "issuedOn", "issuer", "sha256", "signed", "signer")) {
            assertTrue(d.containsKey(key), key + " in " + d);
        }
        assertEquals("1-BC/ĐU", d.getString("number"));
        assertEquals(t.commune, d.getString("issuer"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), d.getString("issuedOn"));
        assertTrue(d.getBoolean("signed"), "the demo's test key signs");
        assertNotNull(issued.header("Location"));
        assertTrue(issued.header("Location").endsWith("/api/documents/" + d.getJsonNumber("id")), issued.header("Location"));
        String id = d.getJsonNumber("id").toString();

        Api.Reply first = api.get("documents/" + id + "/file");
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.contentType().startsWith("application/pdf"));
        assertEquals(d.getString("sha256"), sha256(first.bytes()));
        String text = AdmissionResultsReportIT.pdfText(first.bytes());
        assertTrue(text.contains("Số 1-BC/ĐU"), text);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        // "Ngày 03 tháng 12 năm 2026" (the test tree's issuer has no place: the line starts with the date)
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains(String.format("ngày %02d tháng %02d năm %d",
                today.getDayOfMonth(), today.getMonthValue(), today.getYear())), text);
        Files.createDirectories(Path.of("target", "report-previews"));
        Files.write(Path.of("target", "report-previews", "issued-document-it.pdf"), first.bytes());

        // the data changes: the report downloaded now differs, the issued document does not
        byte[] before = api.get("reports/admission-results?org=" + t.commune + "&year=2024").bytes();
        Api.Reply target = api.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":9}");
        assertTrue(target.status() == 200 || target.status() == 201, target::toString);
        String now = AdmissionResultsReportIT.pdfText(api.get("reports/admission-results?org=" + t.commune + "&year=2024").bytes());
        assertNotEquals(AdmissionResultsReportIT.pdfText(before), now, "the report reads today's data");
        Api.Reply again = api.get("documents/" + id + "/file");
        assertArrayEquals(first.bytes(), again.bytes(), "identical bytes every time");
        assertEquals(d.getString("sha256"), sha256(again.bytes()));
        assertEquals(d.getString("sha256"), api.get("documents/" + id).json().getString("sha256"));
    }

    @Test
    void theSignatureIsValidForAnIndependentValidator() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        JsonObject d = api.post("documents", issueBody(t.commune)).json();
        byte[] pdf = api.get("documents/" + d.getJsonNumber("id") + "/file").bytes();
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        if (Files.isExecutable(pdfsig)) {
            Path file = Files.createTempFile("issued", ".pdf");
            Files.write(file, pdf);
            Process p = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(out.contains("Signature is Valid"), out);
            assertTrue(out.contains("Total document signed"), out);
            assertTrue(out.contains("ETSI.CAdES.detached"), out);
            assertTrue(out.contains("TEST"), "the demo's certificate says TEST: " + out);
            Files.delete(file);
        }
        // PDFBox + BouncyCastle: the CMS over the byte range, the range over the whole file
        PdfSignatures.Check c = PdfSignatures.check(pdf);
        assertEquals(1, c.signatures());
        assertTrue(c.valid() && c.wholeFile(), c.toString());
        vn.ptdv.testing.PdfA.assertPdfA1b(pdf, "the issued and signed document");
    }

    @Test
    void verificationTellsIntactTamperedForeignAndJunk() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        JsonObject d = api.post("documents", issueBody(t.commune)).json();
        byte[] pdf = api.get("documents/" + d.getJsonNumber("id") + "/file").bytes();

        JsonObject ok = verify(api, pdf);
        assertTrue(ok.getBoolean("known") && ok.getBoolean("intact") && ok.getBoolean("signatureValid"), ok.toString());
        assertEquals("sha256", ok.getString("matchedBy"));
        assertEquals(d.getString("number"), ok.getJsonObject("document").getString("number"));
        assertFalse(ok.getBoolean("replaced"));
        assertFalse(ok.getBoolean("withdrawn"));

        byte[] tampered = pdf.clone();
        int at = pdf.length / 3;
        tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');
        JsonObject changed = verify(api, tampered);
        assertFalse(changed.getBoolean("intact"), changed.toString());
        assertFalse(changed.getBoolean("hashMatches"));
        assertFalse(changed.getBoolean("signatureValid") && changed.getBoolean("coversWholeDocument"), changed.toString());
        assertTrue(changed.getString("message").length() > 10);

        byte[] foreign = api.get("reports/admission-results?org=" + t.commune + "&year=2024").bytes();
        JsonObject unknown = verify(api, foreign);
        assertFalse(unknown.getBoolean("known"), unknown.toString());
        assertFalse(unknown.getBoolean("intact"));
        assertTrue(unknown.getBoolean("pdf"));

        JsonObject junk = verify(api, "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(junk.getBoolean("known"));
        assertFalse(junk.getBoolean("pdf"));
        assertProblem(api.post("documents/verification", "application/pdf", new byte[0]), 400, null);
    }

    @Test
    void aReplacementNamesTheOneItReplacesAndTheRegisterReportListsTheChain() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        JsonObject a = api.post("documents", issueBody(t.commune)).json();
        String aId = a.getJsonNumber("id").toString();
        Api.Reply replaced = api.post("documents/" + aId + "/replacement", "{}");
        assertEquals(201, replaced.status(), replaced::toString);
        JsonObject b = replaced.json();
        assertEquals("2-BC/ĐU", b.getString("number"));
        assertEquals(a.getString("number"), b.getString("replaces"));
        assertEquals(a.getJsonNumber("id").longValue(), b.getJsonNumber("replacesId").longValue());
        JsonObject oldNow = api.get("documents/" + aId).json();
        assertEquals(b.getString("number"), oldNow.getString("replacedBy"), "the old one is marked, not deleted");
        assertEquals(200, api.get("documents/" + aId + "/file").status());
        assertProblem(api.post("documents/" + aId + "/replacement", "{}"), 409, null);
        // the trích yếu may wrap after the hyphen of the number: "1- BC/ĐU" in the extracted text
        String bText = AdmissionResultsReportIT.pdfText(api.get("documents/" + b.getJsonNumber("id") + "/file").bytes())
                .replaceAll("-\\s+", "-");
        assertTrue(bText.contains("Số 2-BC/ĐU") && bText.contains("thay thế văn bản số 1-BC/ĐU"), bText);

        JsonObject c = api.post("documents/" + b.getJsonNumber("id") + "/replacement", "{}").json();
        assertEquals("3-BC/ĐU", c.getString("number"));
        String cId = c.getJsonNumber("id").toString();
        assertProblem(api.post("documents/" + cId + "/withdrawal", "{\"reason\":\" \"}"), 400, "reason");
        Api.Reply withdrawn = api.post("documents/" + cId + "/withdrawal", "{\"reason\":\"Số liệu sai, chờ đối chiếu\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertTrue(withdrawn.json().getBoolean("withdrawn"));
        assertProblem(api.post("documents/" + cId + "/withdrawal", "{\"reason\":\"lần nữa\"}"), 409, null);
        assertProblem(api.post("documents/" + cId + "/replacement", "{}"), 409, null);

        JsonObject oldVerified = verify(api, api.get("documents/" + aId + "/file").bytes());
        assertTrue(oldVerified.getBoolean("intact") && oldVerified.getBoolean("replaced"), oldVerified.toString());
        assertEquals("2-BC/ĐU", oldVerified.getJsonObject("document").getString("replacedBy"));
        assertTrue(verify(api, api.get("documents/" + cId + "/file").bytes()).getBoolean("withdrawn"));

        Api.Reply report = api.get("reports/document-register?org=" + t.commune + "&year=" + YEAR);
        assertEquals(200, report.status(), report::toString);
        // a number may wrap after its hyphen in a table cell: "2- BC/ĐU" in the extracted text
        String text = AdmissionResultsReportIT.pdfText(report.bytes()).replaceAll("-\\s+", "-");
        Files.write(Path.of("target", "report-previews", "document-register-it.pdf"), report.bytes());
        assertTrue(text.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), text);
        assertTrue(text.contains("1-BC/ĐU") && text.contains("2-BC/ĐU") && text.contains("3-BC/ĐU"), text);
        assertTrue(text.contains("Đã được thay thế bởi số 2-BC/ĐU"), text);
        assertTrue(text.contains("Đã thu hồi: Số liệu sai, chờ đối chiếu"), text);
        assertTrue(text.contains("Tổng số: 3 văn bản"), text);
    }

    @Test
    void theDemoIssuedItsReportAndTheProposalsSubmission() {
        Api api = new Api(base);
        JsonArray reports = api.get("documents?issuer=LC&year=" + YEAR + "&kind=BC").array();
        assertTrue(reports.stream().map(JsonObject.class::cast).anyMatch(d -> d.getString("report").equals("admission-results")
                && d.getJsonObject("parameters").getString("org").equals("LC") && d.getString("number").endsWith("-BC/BTCTU")
                && d.getBoolean("signed")), reports.toString());
        // the award dossiers (LaoCaiAwards): the tờ trình of LC-PTDV-2024 of 27/12/2024, its decision of 20/01/2025
        JsonArray submissions = api.get("documents?year=2024&kind=TTr").array();
        assertTrue(submissions.stream().map(JsonObject.class::cast).anyMatch(d -> d.getString("report").equals("award-eligibility")
                && d.getJsonObject("parameters").getString("campaign").equals("LC-PTDV-2024")
                && d.getString("issuedOn").equals("2024-12-27")), submissions.toString());
        JsonArray decisions = api.get("documents?issuer=LC&year=2025&kind=DECISION").array();
        assertTrue(decisions.stream().map(JsonObject.class::cast).anyMatch(d -> d.getString("report").equals("award-decision")
                && d.getJsonObject("parameters").getString("campaign").equals("LC-PTDV-2024")
                && d.getString("issuedOn").equals("2025-01-20") && d.getString("number").endsWith("-QĐ/BTCTU")), decisions.toString());
    }

    @Test
    void badInputGetsAClearVietnameseAnswerAndWritesNothing() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        assertProblem(api.post("documents", "{\"report\":\"no-such-report\",\"parameters\":{}}"), 404, null);
        assertProblem(api.post("documents", "{\"parameters\":{}}"), 400, "report");
        assertProblem(api.post("documents", "{\"report\":\"admission-results\",\"parameters\":{\"org\":\"" + t.commune
                + "\"}}"), 400, "year");
        assertProblem(api.post("documents", "{\"report\":\"admission-results\",\"parameters\":{\"org\":\"" + t.commune
                + "\",\"year\":2024,\"secret\":\"x\"}}"), 400, "secret");
        assertProblem(api.post("documents", "{\"report\":\"admission-results\",\"parameters\":{\"org\":\"" + t.commune
                + "\",\"year\":1800}}"), 400, "year");
        assertProblem(api.post("documents", issueBody(t.commune).replace("\"pdf\"", "\"docx\"")), 400, "format");
        assertProblem(api.post("documents", issueBody("NO-SUCH-ORG")), 404, null);
        assertProblem(api.get("documents?kind=CV"), 400, "kind");
        assertProblem(api.get("documents?year=1800"), 400, "year");
        assertProblem(api.get("documents/999999999"), 404, null);
        assertProblem(api.get("documents/abc/file"), 404, null);

        // roles and scope: a viewer may read the register, not issue; an administrator elsewhere sees nothing of it
        assertProblem(Api.as(base, "lc.viewer").post("documents", issueBody("LC")), 403, null);
        assertProblem(Api.as(base, "baothang.staff").post("documents", issueBody("LC-BT")), 403, null);
        Api cellAdmin = TestTree.user(api, base, "ADMIN", t.cell2);
        assertProblem(cellAdmin.post("documents", issueBody(t.commune)), 404, null);
        JsonObject d = api.post("documents", issueBody(t.commune)).json();
        assertEquals("1-BC/ĐU", d.getString("number"), "the refused issues took no number");
        String id = d.getJsonNumber("id").toString();
        assertProblem(cellAdmin.get("documents/" + id), 404, null);
        assertProblem(cellAdmin.get("documents/" + id + "/file"), 404, null);
        assertProblem(cellAdmin.post("documents/" + id + "/replacement", "{}"), 404, null);
        assertEquals(0, cellAdmin.get("documents?year=" + YEAR).array().size());
        assertProblem(cellAdmin.get("documents?issuer=" + t.commune), 404, null);
        Api communeAdmin = TestTree.user(api, base, "ADMIN", t.commune);
        assertEquals(1, communeAdmin.get("documents?issuer=" + t.commune).array().size());
        assertEquals(200, communeAdmin.get("documents/" + id + "/file").status());
    }

    private static JsonObject verify(Api api, byte[] pdf) {
        Api.Reply r = api.post("documents/verification", "application/pdf", pdf);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
