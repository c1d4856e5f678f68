package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The admission-results report end to end: the Lào Cai 2024 acceptance figures of demo-data.md in the PDF, DOCX and
 * XLSX, the download headers, embedded fonts, PDF/A-1b, a page preview, bad parameters, and the edge cases of the
 * aggregation on a tree of the test's own (never LC's data).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdmissionResultsReportIT {

    static final Path PREVIEWS = Path.of("target", "report-previews");

    /** demo-data.md: code, name, target 2024, admitted 2024, ratio. */
    static final String[][] UNITS = {
        {"Đảng bộ thành phố Lào Cai", "260", "280", "107,7%"}, {"Đảng bộ thị xã Sa Pa", "150", "165", "110,0%"},
        {"Đảng bộ huyện Bát Xát", "200", "222", "111,0%"}, {"Đảng bộ huyện Mường Khương", "100", "149", "149,0%"},
        {"Đảng bộ huyện Si Ma Cai", "80", "86", "107,5%"}, {"Đảng bộ huyện Bắc Hà", "150", "164", "109,3%"},
        {"Đảng bộ huyện Bảo Thắng", "222", "270", "121,6%"}, {"Đảng bộ huyện Bảo Yên", "200", "221", "110,5%"},
        {"Đảng bộ huyện Văn Bàn", "210", "240", "114,3%"},
        {"Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", "220", "231", "105,0%"},
        {"Đảng bộ Quân sự tỉnh", "110", "115", "104,5%"}, {"Đảng bộ Bộ đội Biên phòng tỉnh", "40", "60", "150,0%"},
        {"Đảng bộ Công an tỉnh", "80", "84", "105,0%"}};

    /** The province figures, as they read in the document (label, count[, share]). */
    static final List<String> PROVINCE = List.of(
            "Năm 2024, toàn Đảng bộ kết nạp 2.287/2.022 đảng viên, đạt 113,1% kế hoạch (vượt 13,1%)",
            "Tổng số đảng viên được kết nạp 2.287 100,0%", "Nữ 1.100 48,1%", "Người dân tộc thiểu số 1.452 63,5%",
            "Học sinh, sinh viên 65 2,8%", "Người làm việc trong đơn vị kinh tế tư nhân 85 3,7%",
            "- Trung học phổ thông 1.810 79,1%", "- Thạc sĩ 40 1,7%", "- Đại học 754 33,0%", "- Cao đẳng 303 13,2%",
            "- Trung cấp và sơ cấp 198 8,7%", "trong đó: trung cấp 150, sơ cấp 48", "- Chưa qua đào tạo 992 43,4%",
            "Tổng cộng 2.022 2.287 113,1% 1.100 1.452",
            "Đảng bộ Bộ đội Biên phòng tỉnh (150,0%), Đảng bộ huyện Mường Khương (149,0%), Đảng bộ huyện Bảo Thắng (121,6%)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private Api.Reply report(Api api, String query) {
        return api.get("reports/admission-results?" + query);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void provinceReportPrintsEveryAcceptanceFigure() throws IOException {
        Api api = new Api(base);
        Api.Reply r = report(api, "org=LC&year=2024&format=pdf");
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/pdf", r.contentType());
        String disposition = r.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename=\"bao-cao-ket-qua-phat-trien-dang-vien-LC-2024.pdf\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
        assertEquals("no-store", r.header("Cache-Control"));

        String text = pdfText(r.bytes());
        List<String> missing = new ArrayList<>();
        for (String s : PROVINCE) {
            if (!text.contains(s)) {
                missing.add(s);
            }
        }
        for (String[] u : UNITS) {
            if (!Pattern.compile(Pattern.quote(u[0]) + " " + u[1] + " " + u[2] + " " + Pattern.quote(u[3])).matcher(text).find()) {
                missing.add(String.join(" ", u));
            }
        }
        assertTrue(missing.isEmpty(), () -> "PDF lacks " + missing + "\n" + text);
        for (String s : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC", "-BC/BTCTU", "BÁO CÁO",
                "Kết quả công tác phát triển đảng viên năm 2024", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nơi nhận:")) {
            assertTrue(text.contains(s), () -> "PDF lacks '" + s + "'");
        }

        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            List<String> notEmbedded = new ArrayList<>();
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    fonts++;
                    if (!f.isEmbedded()) {
                        notEmbedded.add(f.getName());
                    }
                }
            }
            assertTrue(fonts > 0);
            assertTrue(notEmbedded.isEmpty(), () -> "fonts not embedded: " + notEmbedded);
            Files.createDirectories(PREVIEWS);
            Files.write(PREVIEWS.resolve("admission-results-LC-2024.pdf"), r.bytes());
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 110);
                ImageIO.write(image, "png", PREVIEWS.resolve(p == 0 ? "admission-results-LC-2024.png"
                        : "admission-results-LC-2024-page-" + (p + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void districtAndCommuneReportsShowTheNamedUnits() throws IOException {
        Api api = new Api(base);
        Api.Reply vb = report(api, "org=LC-VB&year=2024");
        assertEquals(200, vb.status(), vb::toString);
        String text = pdfText(vb.bytes());
        assertTrue(text.contains("Đảng bộ xã Nậm Mả 6 14 233,3%"), text);
        assertTrue(text.contains("HUYỆN ỦY VĂN BÀN") && text.contains("ĐẢNG BỘ TỈNH LÀO CAI")
                && text.contains("-BC/HU") && text.contains("Văn Bàn, ngày"), text);
        assertTrue(text.contains("kết nạp 240/210 đảng viên, đạt 114,3% kế hoạch (vượt 14,3%)"), text);

        Api.Reply nm = report(api, "org=LC-VB-NM&year=2024&format=pdf");
        assertEquals(200, nm.status(), nm::toString);
        String commune = pdfText(nm.bytes());
        assertTrue(commune.contains("kết nạp 14/6 đảng viên, đạt 233,3% kế hoạch (vượt 133,3%)"), commune);
        assertTrue(commune.contains("Từ đầu nhiệm kỳ 2020–2025 đến hết năm 2024 đã kết nạp 21/18 đảng viên, đạt 116,7% "
                + "chỉ tiêu nhiệm kỳ"), commune);
        assertTrue(commune.contains("So với năm 2023 (kết nạp 2 đảng viên"), commune);
        // no issuer registered for the commune: the default derived from its name, without a place
        assertTrue(commune.contains("ĐẢNG ỦY XÃ NẬM MẢ") && commune.contains("ĐẢNG BỘ HUYỆN VĂN BÀN")
                && commune.contains("-BC/ĐU") && commune.contains("Ngày tháng năm"), commune);
        assertTrue(commune.contains("Chi bộ thôn Nậm Mả"), commune);
    }

    @Test
    void docxAndXlsxHoldTheSameNumbers() throws IOException {
        Api api = new Api(base);
        Api.Reply docx = report(api, "org=LC&year=2024&format=docx");
        assertEquals(200, docx.status(), docx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.contentType());
        assertTrue(docx.header("Content-Disposition").contains("bao-cao-ket-qua-phat-trien-dang-vien-LC-2024.docx"));
        String words = zipText(docx.bytes(), "word/document.xml").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        Api.Reply xlsx = report(api, "org=LC&year=2024&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertTrue(xlsx.header("Content-Disposition").contains("bao-cao-ket-qua-phat-trien-dang-vien-LC-2024.xlsx"));
        String cells = zipText(xlsx.bytes(), null).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("admission-results-LC-2024.docx"), docx.bytes());
        Files.write(PREVIEWS.resolve("admission-results-LC-2024.xlsx"), xlsx.bytes());
        List<String> figures = new ArrayList<>(List.of("2.287", "2.022", "113,1%", "13,1%", "1.100", "1.452", "1.810",
                "79,1%", "198", "992", "754", "303", "Trung cấp và sơ cấp", "Đảng bộ Bộ đội Biên phòng tỉnh", "150,0%",
                "121,6%", "149,0%", "ĐẢNG CỘNG SẢN VIỆT NAM"));
        for (String[] u : UNITS) {
            figures.add(u[3]);
        }
        for (String f : figures) {
            assertTrue(words.contains(f), () -> "DOCX lacks " + f);
            assertTrue(cells.contains(f), () -> "XLSX lacks " + f);
        }
    }

    @Test
    void pdfAPassesVeraPdf() throws Exception {
        Api api = new Api(base);
        Api.Reply r = report(api, "org=LC&year=2024&format=pdf&pdfa=true");
        assertEquals(200, r.status(), r::toString);
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(r.bytes()), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), () -> "veraPDF PDF/A-1b failures:\n" + failures);
        }
    }

    @Test
    void badParametersAreProblems() {
        Api api = new Api(base);
        assertProblem(report(api, "org=NO-SUCH-ORG&year=2024"), 404, null);
        assertProblem(report(api, "org=LC&year=1800"), 400, "year");
        assertProblem(report(api, "org=LC&year=abc"), 400, "year");
        assertProblem(report(api, "org=LC&year=2024&format=pdfx"), 400, "format");
        assertProblem(report(api, "year=2024"), 400, "org");
        assertProblem(report(api, "org=LC&year=1990"), 400, "year");
        Api.Reply inactive = report(api, "org=LC&year=2010");
        assertProblem(inactive, 422, null);
        assertTrue(inactive.json().getString("detail").contains("không hoạt động trong năm 2010"), inactive::toString);
    }

    @Test
    void edgeCasesOfTheAggregationOnATreeOfItsOwn() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String added = t.commune + "-T3";
        assertEquals(201, api.post("organizations", "{\"code\":\"" + added + "\",\"name\":\"Chi bộ thôn Bản Ba\","
                + "\"kind\":\"CELL\",\"parentCode\":\"" + t.commune + "\",\"validFrom\":\"2024-07-01\"}").status());
        assertEquals(200, api.post("organizations/" + t.cell2 + "/closure",
                "{\"lastDay\":\"2024-03-31\",\"reason\":\"Sáp nhập\"}").status());
        assertEquals(201, api.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":4}").status());
        assertEquals(201, api.put("organizations/" + t.cell + "/targets/2024", "{\"admissions\":2}").status());
        assertEquals(201, api.put("organizations/" + added + "/targets/2024", "{\"admissions\":0}").status());
        for (int i = 0; i < 3; i++) {
            Api.Reply a = api.post("admissions", t.admission(UUID.randomUUID().toString().substring(0, 8) + "-QĐ/ĐU"));
            assertEquals(201, a.status(), a::toString);
            if (i == 2) {
                long id = a.json().getJsonNumber("id").longValue();
                assertEquals(200, api.post("admissions/" + id + "/withdrawal", "{\"reason\":\"Quyết định bị hủy\"}").status());
            }
        }
        Api.Reply late = api.post("admissions", t.admission(UUID.randomUUID().toString().substring(0, 8) + "-QĐ/ĐU",
                "\"organizationCode\":\"" + added + "\"", "\"gender\":\"MALE\"", "\"ethnicityCode\":\"01\"",
                "\"decisionDate\":\"2024-08-01\"", "\"ceremonyDate\":\"2024-08-10\""));
        assertEquals(201, late.status(), late::toString);

        String text = pdfText(report(api, "org=" + t.commune + "&year=2024").bytes());
        // withdrawn admissions never count; the closed and the added cell are both listed
        assertTrue(text.contains("kết nạp 3/4 đảng viên, đạt 75,0% kế hoạch (còn thiếu 1 đảng viên)"), text);
        assertTrue(text.contains("Chi bộ thôn Bản Một 2 2 100,0% 2 2"), text);
        assertTrue(text.contains("Chi bộ thôn Bản Hai – 0 chưa đăng ký chỉ tiêu; chưa kết nạp 0 0"), text);
        assertTrue(text.contains("Chi bộ thôn Bản Ba 0 1 chỉ tiêu bằng 0 0 0"), text);
        assertTrue(text.contains("Tổng cộng 2 3 150,0% 2 2"), text);
        assertTrue(text.contains("Đơn vị chưa đăng ký chỉ tiêu: Chi bộ thôn Bản Hai."), text);

        String empty = pdfText(report(api, "org=" + t.commune + "&year=2023").bytes());
        assertTrue(empty.contains("Năm 2023, toàn Đảng bộ chưa kết nạp đảng viên nào và chưa đăng ký chỉ tiêu kết nạp"), empty);
        assertTrue(empty.contains("Tổng số đảng viên được kết nạp 0 –"), empty);
        assertFalse(empty.contains("Chi bộ thôn Bản Ba"), "a cell opened in 2024 is not a unit of 2023");

        String next = pdfText(report(api, "org=" + t.commune + "&year=2025").bytes());
        assertFalse(next.contains("Chi bộ thôn Bản Hai"), "a cell closed in 2024 is not a unit of 2025");
        assertTrue(next.contains("So với năm 2024 (kết nạp 3 đảng viên, đạt 75,0% kế hoạch), số đảng viên được kết nạp giảm 3"), next);
        assertProblem(report(api, "org=" + t.cell2 + "&year=2025"), 422, null);
    }

    static String zipText(byte[] zip, String only) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (only == null ? e.getName().endsWith(".xml") : e.getName().equals(only)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
