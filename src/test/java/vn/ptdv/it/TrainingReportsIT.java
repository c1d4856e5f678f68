package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The four training reports end to end on the Lào Cai demo (read only): every figure the PDFs print is compared with
 * what the training REST API says about the same guide, class or year, never with constants copied from the output.
 * Page 1 of each PDF is written to {@code target/report-previews/training-*-it.png} for a look.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingReportsIT {

    static final Path PREVIEWS = Path.of("target", "report-previews");
    static final String GUIDE = "146-HD/BTGTU";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** The PDF's text with runs of white space as one space (cells and lines wrap). */
    static String pdfText(byte[] pdf, String preview) throws IOException {
        Files.createDirectories(PREVIEWS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            ImageIO.write(image, "png", PREVIEWS.resolve(preview + ".png").toFile());
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(s.getText(doc).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    static String vi(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    static String percent(long part, long whole) {
        return new java.math.BigDecimal(part * 100).divide(java.math.BigDecimal.valueOf(whole), 1,
                java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    // ------------------------------------------------------------------ REST reads of the training module

    List<JsonObject> classes(Api api, String org, int year) {
        Api.Reply r = api.get("training/classes?org=" + org + "&year=" + year);
        assertEquals(200, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class);
    }

    List<JsonObject> learners(Api api, long classId) {
        Api.Reply r = api.get("training/classes/" + classId + "/learners");
        assertEquals(200, r.status(), r::toString);
        return r.array().getValuesAs(JsonObject.class);
    }

    /** A 2024 class of pupils and students run by the Bảo Thắng political centre. */
    JsonObject baoThangPupilsClass(Api api) {
        return classes(api, "LC-BT", 2024).stream()
                .filter(c -> "PUPILS_STUDENTS".equals(c.getString("audience")) && "AWARENESS".equals(c.getString("courseType")))
                .findFirst().orElseThrow(() -> new AssertionError("the demo has no 2024 pupils' class in LC-BT"));
    }

    static boolean passed(JsonObject learner) {
        return !learner.isNull("grade") && !"KHONG_DAT".equals(learner.getString("grade"));
    }

    static String text(JsonObject o, String key) {
        return o.get(key) == null || o.get(key).getValueType() == JsonValue.ValueType.NULL ? null : o.getString(key);
    }

    // ------------------------------------------------------------------ course-guide

    @Test
    void guideIsAnOfficialHuongDanWithItsProgramme() throws IOException {
        Api api = new Api(base);
        Api.Reply list = api.get("training/guides?number=" + Api.q(GUIDE));
        assertEquals(200, list.status(), list::toString);
        long guideId = list.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> GUIDE.equals(o.getString("number"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply g = api.get("training/guides/" + guideId);
        assertEquals(200, g.status(), g::toString);
        JsonObject guide = g.json();

        Api.Reply r = api.get("reports/course-guide?guide=" + Api.q(GUIDE) + "&format=pdf");
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/pdf", r.contentType());
        String text = pdfText(r.bytes(), "training-course-guide-it");
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", guide.getString("parentIssuer"), guide.getString("issuer"),
                "Số " + GUIDE, "Lào Cai, ngày 24 tháng 01 năm 2024", "HƯỚNG DẪN", guide.getString("title"),
                "STT Chuyên đề Hình thức Số tiết")) {
            assertTrue(text.contains(expected), () -> "lacks " + expected + "\n" + text);
        }
        int total = 0;
        for (JsonObject t : guide.getJsonArray("topics").getValuesAs(JsonObject.class)) {
            String row = t.getInt("order") + " " + t.getString("title") + " " + t.getString("formName") + " "
                    + t.getInt("periods");
            assertTrue(text.contains(row), () -> "lacks topic row " + row + "\n" + text);
            total += t.getInt("periods");
        }
        assertTrue(total > 0);
        String totalRow = "Tổng cộng: " + total + " tiết";
        assertTrue(text.contains(totalRow), () -> "lacks " + totalRow);
    }

    @Test
    void unknownGuideIsA404InVietnamese() {
        Api.Reply r = new Api(base).get("reports/course-guide?guide=" + Api.q("999-HD/BTGTU"));
        assertProblem(r, 404, null);
        assertTrue(r.json().getString("detail").contains("999-HD/BTGTU"), r::toString);
    }

    // ------------------------------------------------------------------ class-results

    @Test
    void classResultsListTheLearnersWithTheClassCounts() throws IOException {
        Api api = new Api(base);
        JsonObject c = baoThangPupilsClass(api);
        long id = c.getJsonNumber("id").longValue();
        List<JsonObject> learners = learners(api, id);
        assertFalse(learners.isEmpty());

        Api.Reply r = api.get("reports/class-results?class=" + id + "&format=pdf");
        assertEquals(200, r.status(), r::toString);
        String text = pdfText(r.bytes(), "training-class-results-it");
        long total = learners.size();
        long passed = learners.stream().filter(TrainingReportsIT::passed).count();
        long certified = learners.stream().filter(l -> text(l, "certificateNumber") != null).count();
        for (String expected : List.of("TRUNG TÂM CHÍNH TRỊ", "BÁO CÁO", "Kết quả học tập lớp bồi dưỡng nhận thức về Đảng",
                "Sĩ số " + vi(total) + " học viên; " + vi(passed) + " học viên đạt yêu cầu (" + percent(passed, total) + ")",
                "Sĩ số " + vi(total) + " 100,0%",
                "Số được cấp giấy chứng nhận " + vi(certified) + " " + percent(certified, total))) {
            assertTrue(text.contains(expected), () -> "lacks " + expected + "\n" + text);
        }
        for (String grade : List.of("GIOI", "KHA", "TRUNG_BINH", "KHONG_DAT")) {
            long n = learners.stream().filter(l -> grade.equals(text(l, "grade"))).count();
            String label = switch (grade) {
                case "GIOI" -> "giỏi";
                case "KHA" -> "khá";
                case "TRUNG_BINH" -> "trung bình";
                default -> "không đạt";
            };
            String row = "Xếp loại " + label + " " + vi(n) + " " + percent(n, total);
            assertTrue(text.contains(row), () -> "lacks " + row + "\n" + text);
        }
        JsonObject someone = learners.get(0);
        assertTrue(text.contains(someone.getString("fullName")), "a learner's name");
        String birth = someone.getString("birthDate");     // ISO yyyy-MM-dd → dd/MM/yyyy
        assertTrue(text.contains(birth.substring(8, 10) + "/" + birth.substring(5, 7) + "/" + birth.substring(0, 4)));
    }

    @Test
    void classResultsRenderAsDocxAndXlsx() {
        Api api = new Api(base);
        long id = baoThangPupilsClass(api).getJsonNumber("id").longValue();
        Api.Reply docx = api.get("reports/class-results?class=" + id + "&format=docx");
        assertEquals(200, docx.status(), docx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.contentType());
        assertTrue(docx.header("Content-Disposition").contains("ket-qua-hoc-tap-lop-" + id + ".docx"));
        Api.Reply xlsx = api.get("reports/class-results?class=" + id + "&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        Api.Reply pdfa = api.get("reports/class-results?class=" + id + "&format=pdf&pdfa=true");
        assertEquals(200, pdfa.status(), pdfa::toString);
    }

    @Test
    void namedListsNeedTheRightRoleAndScope() {
        Api api = new Api(base);
        long id = baoThangPupilsClass(api).getJsonNumber("id").longValue();
        for (String report : List.of("class-results", "certificates")) {
            // a report viewer may not download named lists
            assertEquals(403, Api.as(base, "lc.viewer").get("reports/" + report + "?class=" + id).status());
            // Nậm Mả's staff does not see a Bảo Thắng class: the same 404 as an unknown class
            assertProblem(Api.as(base, "namma.staff").get("reports/" + report + "?class=" + id), 404, null);
            assertProblem(api.get("reports/" + report + "?class=987654321"), 404, null);
            assertProblem(api.get("reports/" + report + "?class=abc"), 400, null);
            assertEquals(401, Api.anonymous(base).get("reports/" + report + "?class=" + id).status());
            // the Bảo Thắng political centre does
            assertEquals(200, Api.as(base, "ttct.baothang").get("reports/" + report + "?class=" + id).status());
        }
    }

    // ------------------------------------------------------------------ certificates

    @Test
    void certificatesHaveOnePagePerPassedLearner() throws IOException {
        Api api = new Api(base);
        long id = baoThangPupilsClass(api).getJsonNumber("id").longValue();
        List<JsonObject> passed = learners(api, id).stream()
                .filter(l -> passed(l) && text(l, "certificateNumber") != null).toList();
        assertFalse(passed.isEmpty());

        Api.Reply r = api.get("reports/certificates?class=" + id + "&format=pdf");
        assertEquals(200, r.status(), r::toString);
        pdfText(r.bytes(), "training-certificates-it");
        List<String> pages = pageTexts(r.bytes());
        assertEquals(passed.size(), pages.size(), "one page per passed learner");
        for (String page : pages) {
            for (String expected : List.of("Mẫu CN-NTVĐ", "ĐẢNG CỘNG SẢN VIỆT NAM", "GIẤY CHỨNG NHẬN",
                    "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG", "Chứng nhận đồng chí:", "Xếp loại:", "GIÁM ĐỐC")) {
                assertTrue(page.contains(expected), () -> "lacks " + expected + "\n" + page);
            }
            List<JsonObject> on = passed.stream().filter(l -> page.contains("Số: " + l.getString("certificateNumber")))
                    .toList();
            assertEquals(1, on.size(), () -> "one certificate number per page\n" + page);
            assertTrue(page.contains(on.get(0).getString("fullName")), page);
            assertTrue(page.contains("Xếp loại: " + on.get(0).getString("gradeName")), page);
        }
        Api.Reply docx = api.get("reports/certificates?class=" + id + "&format=docx");
        assertEquals(200, docx.status(), docx::toString);
    }

    // ------------------------------------------------------------------ training-summary

    @Test
    void summaryOfTheProvinceAddsUpTheClassesOfTheYear() throws IOException {
        Api api = new Api(base);
        List<JsonObject> classes = classes(api, "LC", 2024);
        assertFalse(classes.isEmpty());
        long learners = classes.stream().mapToLong(c -> c.getJsonNumber("learners").longValue()).sum();
        long passed = classes.stream().mapToLong(c -> c.getJsonNumber("passed").longValue()).sum();

        Api.Reply r = Api.as(base, "lc.viewer").get("reports/training-summary?org=LC&year=2024&format=pdf");
        assertEquals(200, r.status(), r::toString);
        String text = pdfText(r.bytes(), "training-summary-it");
        String headline = "đã mở " + vi(classes.size()) + " lớp bồi dưỡng với " + vi(learners) + " học viên; " + vi(passed)
                + " học viên đạt yêu cầu (" + percent(passed, learners) + ")";
        assertTrue(text.contains(headline), () -> "lacks " + headline + "\n" + text);
        String totalRow = "Tổng cộng " + vi(classes.size()) + " " + vi(learners) + " " + vi(passed) + " "
                + percent(passed, learners);
        assertEquals(3, text.split(java.util.regex.Pattern.quote(totalRow), -1).length - 1,
                () -> "three tables end with " + totalRow + "\n" + text);
        for (String[] type : new String[][] {{"AWARENESS", "Bồi dưỡng nhận thức về Đảng"},
                {"NEW_MEMBER", "Bồi dưỡng lý luận chính trị dành cho đảng viên mới"}}) {
            List<JsonObject> ofType = classes.stream().filter(c -> type[0].equals(c.getString("courseType"))).toList();
            long l = ofType.stream().mapToLong(c -> c.getJsonNumber("learners").longValue()).sum();
            long p = ofType.stream().mapToLong(c -> c.getJsonNumber("passed").longValue()).sum();
            String row = type[1] + " " + vi(ofType.size()) + " " + vi(l) + " " + vi(p) + " " + (l == 0 ? "–" : percent(p, l));
            assertTrue(text.contains(row), () -> "lacks " + row + "\n" + text);
        }
        for (String organiser : classes.stream().map(c -> c.getString("organiserName")).distinct().toList()) {
            assertTrue(text.contains(organiser), () -> "lacks organiser " + organiser);
        }
        for (String format : List.of("docx", "xlsx")) {
            Api.Reply other = api.get("reports/training-summary?org=LC&year=2024&format=" + format);
            assertEquals(200, other.status(), other::toString);
            assertTrue(other.bytes().length > 1000);
        }
    }

    @Test
    void summaryOfATreeWithoutClassesSaysSoWithoutDividingByZero() throws IOException {
        Api api = new Api(base);
        TestTree tree = TestTree.create(api);
        Api.Reply r = api.get("reports/training-summary?org=" + tree.root + "&year=2024&format=pdf");
        assertEquals(200, r.status(), r::toString);
        String text = pdfText(r.bytes(), "training-summary-empty-it");
        assertTrue(text.contains("chưa mở lớp bồi dưỡng"), text);
        assertTrue(text.contains("Tổng cộng 0 0 0 – 0 0 0 0"), text);
    }

    @Test
    void summaryRejectsUnknownOrganisationsAndYears() {
        Api api = new Api(base);
        assertProblem(api.get("reports/training-summary?org=KHONG-CO&year=2024"), 404, null);
        assertProblem(api.get("reports/training-summary?org=LC&year=1800"), 400, "year");
        // Nậm Mả's staff cannot read the province's summary
        assertProblem(Api.as(base, "namma.staff").get("reports/training-summary?org=LC-BT&year=2024"), 404, null);
    }
}
