package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training module through its REST API, on a test tree of its own: guides and supersession, a class with learners,
 * attendance, results and certificates, the certificate rule of admissions (refused, verified, overridden with a warning),
 * the new-member certificate recorded on the admission; and the demo's guides and certificates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static String number() {
        return UUID.randomUUID().toString().substring(0, 8) + "-QĐ/ĐU";
    }

    static String classBody(TestTree t, String guide, String start, String end, String sessions) {
        return "{\"guideNumber\":\"" + guide + "\",\"audience\":\"GENERAL\",\"organizationCode\":\"" + t.district + "\","
                + "\"organiserName\":\"Trung tâm Chính trị huyện Hà Thử\",\"courseNumber\":\"Khóa I năm 2024\","
                + "\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\",\"place\":\"Hội trường Trung tâm\","
                + "\"sessions\":" + sessions + "}";
    }

    static String learner(String name, String birth, String gender, String eth, String cell) {
        return "{\"fullName\":\"" + name + "\",\"birthDate\":\"" + birth + "\",\"gender\":\"" + gender
                + "\",\"ethnicityCode\":\"" + eth + "\",\"nominatingOrgCode\":\"" + cell + "\"}";
    }

    static long idOf(JsonArray learners, String name) {
        for (JsonValue v : learners) {
            if (v.asJsonObject().getString("fullName").equals(name)) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError(name + " not in " + learners);
    }

    @Test
    void aGuideIsCreatedAndSupersededAndStaysReadable() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        int no = 5000 + (int) (Math.random() * 4000);
        String symbol = "HD/" + t.root;
        String guide = "{\"documentNo\":" + no + ",\"symbol\":\"" + symbol + "\",\"organizationCode\":\"" + t.root + "\","
                + "\"parentIssuer\":\"TỈNH ỦY THỬ NGHIỆM\",\"issuer\":\"BAN TUYÊN GIÁO\",\"place\":\"Hà Thử\","
                + "\"issuedOn\":\"2023-01-10\",\"title\":\"Chương trình bồi dưỡng nhận thức về Đảng\","
                + "\"courseType\":\"AWARENESS\",\"audiences\":[\"GENERAL\"],\"durationDays\":5,"
                + "\"topics\":[{\"order\":1,\"title\":\"Lịch sử Đảng\",\"periods\":8,\"form\":\"LECTURE\"},"
                + "{\"order\":2,\"title\":\"Thảo luận\",\"periods\":4,\"form\":\"DISCUSSION\"}]}";
        Api.Reply created = api.post("training/guides", guide);
        assertEquals(201, created.status(), created::toString);
        assertEquals(12, created.json().getInt("totalPeriods"));
        long oldId = created.json().getJsonNumber("id").longValue();
        assertProblem(api.post("training/guides", guide), 409, "documentNo");
        assertProblem(api.post("training/guides", guide.replace("\"documentNo\":" + no, "\"documentNo\":" + (no + 1))
                .replaceAll("\"topics\":\\[.*\\]", "\"topics\":[]")), 400, "topics");
        String successor = guide.replace("\"documentNo\":" + no, "\"documentNo\":" + (no + 2))
                .replace("2023-01-10", "2024-01-10").replace("}]}", "}],\"supersedes\":\"" + no + "-" + symbol + "\"}");
        Api.Reply next = api.post("training/guides", successor);
        assertEquals(201, next.status(), next::toString);
        assertEquals(no + "-" + symbol, next.json().getString("supersedes"));
        JsonObject old = api.get("training/guides/" + oldId).json();
        assertEquals("SUPERSEDED", old.getString("status"));
        assertEquals((no + 2) + "-" + symbol, old.getString("supersededBy"));
        assertEquals("Lịch sử Đảng", old.getJsonArray("topics").getJsonObject(0).getString("title"));
        assertProblem(api.post("training/guides/" + oldId + "/supersession", "{\"successorNumber\":\"" + (no + 2) + "-" + symbol + "\"}"),
                409, null);
        assertEquals(1, api.get("training/guides?number=" + Api.q(no + "-" + symbol)).array().size());
        assertProblem(Api.as(base, "lc.viewer").post("training/guides", guide), 403, null);
    }

    /** Issue #15 §2.5: a guide outside the caller's scope cannot be named as superseded (nor told apart from none). */
    @Test
    void aGuideOutsideTheScopeCannotBeSuperseded() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        int no = 5000 + (int) (Math.random() * 4000);
        String symbol = "HD/" + t.root;
        String guide = "{\"documentNo\":" + no + ",\"symbol\":\"" + symbol + "\",\"organizationCode\":\"" + t.root + "\","
                + "\"parentIssuer\":\"TỈNH ỦY THỬ NGHIỆM\",\"issuer\":\"BAN TUYÊN GIÁO\",\"place\":\"Hà Thử\","
                + "\"issuedOn\":\"2023-01-10\",\"title\":\"Chương trình bồi dưỡng nhận thức về Đảng\","
                + "\"courseType\":\"AWARENESS\",\"audiences\":[\"GENERAL\"],\"durationDays\":5,"
                + "\"topics\":[{\"order\":1,\"title\":\"Lịch sử Đảng\",\"periods\":8,\"form\":\"LECTURE\"}]}";
        Api.Reply province = api.post("training/guides", guide);
        assertEquals(201, province.status(), province::toString);
        long provinceId = province.json().getJsonNumber("id").longValue();
        Api centre = TestTree.user(api, base, "POLITICAL_CENTRE", t.district);
        String own = guide.replace("\"documentNo\":" + no, "\"documentNo\":" + (no + 1)).replace("\"organizationCode\":\"" + t.root,
                "\"organizationCode\":\"" + t.district).replace("2023-01-10", "2024-01-10");
        Api.Reply outside = centre.post("training/guides", own.replace("}]}", "}],\"supersedes\":\"" + no + "-" + symbol + "\"}"));
        Api.Reply none = centre.post("training/guides", own.replace("}]}", "}],\"supersedes\":\"1-NO-SUCH\"}"));
        assertProblem(outside, 422, "supersedes");
        assertEquals(none.json().getString("detail").replace("1-NO-SUCH", no + "-" + symbol), outside.json().getString("detail"));
        assertEquals("IN_FORCE", api.get("training/guides/" + provinceId).json().getString("status"));
        Api.Reply mine = centre.post("training/guides", own);
        assertEquals(201, mine.status(), mine::toString);
        assertProblem(centre.post("training/guides/" + provinceId + "/supersession", "{\"successorNumber\":\"" + (no + 1) + "-"
                + symbol + "\"}"), 404, null);
        assertEquals("IN_FORCE", api.get("training/guides/" + provinceId).json().getString("status"));
    }

    @Test
    void aClassFromEnrolmentToCertificatesAndTheAdmissionCertificateRule() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String sessions = "[{\"date\":\"2024-03-04\",\"topicOrder\":1},{\"date\":\"2024-03-05\",\"topicOrder\":2}]";
        assertProblem(api.post("training/classes", classBody(t, "146-HD/BTGTU", "2024-03-04", "2024-03-08",
                "[{\"date\":\"2024-03-11\",\"topicOrder\":1}]")), 400, "sessions[0]");
        assertProblem(api.post("training/classes", classBody(t, "146-HD/BTGTU", "2024-03-04", "2024-03-01", "[]")), 400, "endDate");
        assertProblem(api.post("training/classes", classBody(t, "NO-SUCH", "2024-03-04", "2024-03-08", "[]")), 400, "guideNumber");
        Api.Reply created = api.post("training/classes", classBody(t, "146-HD/BTGTU", "2024-03-04", "2024-03-08", sessions));
        assertEquals(201, created.status(), created::toString);
        String cls = "training/classes/" + created.json().getJsonNumber("id");
        // a class with no learners: nothing to certify, cannot be closed
        assertProblem(api.post(cls + "/closure", ""), 422, null);
        assertProblem(api.post(cls + "/certificates", "{\"issuedOn\":\"2024-03-08\",\"numberPrefix\":\"X-\"}"), 422, null);

        Api.Reply added = api.post(cls + "/learners", "{\"learners\":[" + learner("Giàng Thị Mai", "1998-04-12", "FEMALE", "08", t.cell)
                + "," + learner("Lý Văn Hai", "1990-01-01", "MALE", "01", t.cell2) + "]}");
        assertEquals(201, added.status(), added::toString);
        assertProblem(api.post(cls + "/learners", "{\"learners\":[" + learner("Giàng Thị Mai", "1998-04-12", "FEMALE", "08", t.cell)
                + "]}"), 400, "learners[0]");
        assertProblem(api.post(cls + "/learners", "{\"learners\":[" + learner("Người Lạ", "1998-04-12", "FEMALE", "08", "LC-BT-PH-AN")
                + "]}"), 400, "learners[0].nominatingOrgCode");
        // a second overlapping class of the same kind refuses the same person
        Api.Reply other = api.post("training/classes", classBody(t, "146-HD/BTGTU", "2024-03-06", "2024-03-12", "[]"));
        assertProblem(api.post("training/classes/" + other.json().getJsonNumber("id") + "/learners", "{\"learners\":["
                + learner("GIÀNG THỊ MAI", "1998-04-12", "FEMALE", "08", t.cell) + "]}"), 400, "learners[0]");

        assertProblem(api.put(cls + "/results", "{\"results\":[{\"fullName\":\"Nguyễn Không Có\",\"birthDate\":\"1990-01-01\","
                + "\"score\":7}]}"), 400, "results[0]");
        assertProblem(api.put(cls + "/results", "{\"results\":[{\"fullName\":\"Lý Văn Hai\",\"birthDate\":\"1990-01-01\","
                + "\"score\":10.5}]}"), 400, "results[0].score");
        Api.Reply results = api.put(cls + "/results", "{\"results\":[{\"fullName\":\"Giàng Thị Mai\",\"birthDate\":\"1998-04-12\","
                + "\"score\":8.5,\"absentOn\":[\"2024-03-05\"]},{\"fullName\":\"Lý Văn Hai\",\"birthDate\":\"1990-01-01\",\"score\":4}]}");
        assertEquals(200, results.status(), results::toString);
        JsonArray learners = api.get(cls + "/learners").array();
        long mai = idOf(learners, "Giàng Thị Mai");
        long hai = idOf(learners, "Lý Văn Hai");
        for (JsonValue v : learners) {
            JsonObject l = v.asJsonObject();
            assertEquals(l.getJsonNumber("id").longValue() == mai ? "GIOI" : "KHONG_DAT", l.getString("grade"));
            assertEquals(l.getJsonNumber("id").longValue() == mai ? 1 : 0, l.getJsonArray("absentSessionIds").size());
        }
        assertProblem(api.post(cls + "/certificates", "{\"issuedOn\":\"2024-03-08\",\"certificates\":[{\"learnerId\":" + hai
                + ",\"number\":\"X-" + t.root + "\"}]}"), 422, "certificates[" + hai + "]");
        assertProblem(api.post(cls + "/certificates", "{\"issuedOn\":\"2024-03-07\",\"numberPrefix\":\"NTVĐ-" + t.root + "-\"}"),
                422, null);
        Api.Reply issued = api.post(cls + "/certificates", "{\"issuedOn\":\"2024-03-08\",\"numberPrefix\":\"NTVĐ-" + t.root + "-\"}");
        assertEquals(201, issued.status(), issued::toString);
        String certificate = "NTVĐ-" + t.root + "-001";
        assertEquals(certificate, issued.array().getJsonObject(0).getString("certificateNumber"));
        assertEquals("CN-NTVĐ", issued.array().getJsonObject(0).getString("certificateForm"));
        JsonObject found = api.get("training/certificates?number=" + Api.q(certificate)).json();
        assertEquals("Giàng Thị Mai", found.getString("fullName"));
        assertProblem(api.get("training/certificates?number=NO-SUCH-1"), 404, null);
        assertProblem(api.delete(cls + "/learners/" + mai), 409, null);
        JsonObject summary = api.get(cls).json().getJsonObject("class");
        assertEquals(2, summary.getInt("learners"));
        assertEquals(1, summary.getInt("passed"));
        assertEquals(1, summary.getInt("certified"));
        assertProblem(Api.as(base, "namma.staff").get(cls), 404, null);
        assertProblem(Api.as(base, "lc.viewer").get(cls + "/learners"), 403, null);

        // the admission rule: refused without a certificate, verified with one, or accepted with an override + warning
        Api.Reply refused = api.post("admissions", t.admission(number(), "\"certificateOverrideReason\":null"));
        assertProblem(refused, 422, "awarenessCertificateNumber");
        assertTrue(refused.json().getString("detail").contains("Chưa có số giấy chứng nhận"), refused::toString);
        Api.Reply wrongPerson = api.post("admissions", t.admission(number(), "\"awarenessCertificateNumber\":\"" + certificate + "\"",
                "\"birthDate\":\"1998-04-13\""));
        assertProblem(wrongPerson, 422, "awarenessCertificateNumber");
        assertTrue(wrongPerson.json().getString("detail").contains("không khớp họ tên, ngày sinh"), wrongPerson::toString);
        assertProblem(api.post("admissions", t.admission(number(), "\"awarenessCertificateNumber\":\"NO-SUCH-1\"")), 422,
                "awarenessCertificateNumber");
        Api.Reply verified = api.post("admissions", t.admission(number(), "\"awarenessCertificateNumber\":\"" + certificate + "\""));
        assertEquals(201, verified.status(), verified::toString);
        assertEquals("VERIFIED", verified.json().getString("awarenessCertificateStatus"));
        assertEquals("2024-03-08", verified.json().getString("awarenessCertificateIssuedOn"));
        String verifiedId = verified.json().getJsonNumber("id").toString();

        String reason = "Lớp bồi dưỡng của huyện bị hoãn do mưa lũ";
        Api.Reply overridden = api.post("admissions", t.admission(number(), "\"fullName\":\"Vàng Seo Thử\"",
                "\"gender\":\"MALE\"", "\"certificateOverrideReason\":\"" + reason + "\""));
        assertEquals(201, overridden.status(), overridden::toString);
        assertEquals("OVERRIDDEN", overridden.json().getString("awarenessCertificateStatus"));
        String overriddenId = overridden.json().getJsonNumber("id").toString();
        assertTrue(overridden.json().getJsonArray("warnings").stream().anyMatch(w -> w.asJsonObject().getString("code")
                .equals("AWARENESS_CERTIFICATE_OVERRIDDEN") && w.asJsonObject().getString("message").contains(reason)));
        assertTrue(api.get("admissions/" + overriddenId + "/history").array().getJsonObject(0).getString("reason").contains(reason));
        JsonObject list = api.get("admissions?org=" + t.root + "&warning=AWARENESS_CERTIFICATE_OVERRIDDEN").json();
        assertTrue(list.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").toString().equals(overriddenId)));
        assertFalse(list.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").toString().equals(verifiedId)));
        JsonObject counts = api.get("admissions/warnings?org=" + t.root + "&year=2024").json();
        assertTrue(counts.getJsonObject("totals").getInt("AWARENESS_CERTIFICATE_OVERRIDDEN") >= 1, counts::toString);
        assertProblem(api.get("admissions?org=" + t.root + "&warning=NOPE"), 400, "warning");

        // the new-member course during probation (ceremony 01/06/2024): its certificate is recorded on the admission
        Api.Reply nm = api.post("training/classes", classBody(t, "147-HD/BTGTU", "2024-06-10", "2024-06-14",
                "[{\"date\":\"2024-06-10\",\"topicOrder\":1}]"));
        assertEquals(201, nm.status(), nm::toString);
        String nmc = "training/classes/" + nm.json().getJsonNumber("id");
        assertProblem(api.post(nmc + "/learners", "{\"learners\":[{\"admissionId\":999999999}]}"), 400, "learners[0].admissionId");
        assertEquals(201, api.post(nmc + "/learners", "{\"learners\":[{\"admissionId\":" + verifiedId + "}]}").status());
        assertEquals(200, api.put(nmc + "/results", "{\"results\":[{\"fullName\":\"Giàng Thị Mai\",\"birthDate\":\"1998-04-12\","
                + "\"grade\":\"KHA\"}]}").status());
        Api.Reply nmIssued = api.post(nmc + "/certificates", "{\"issuedOn\":\"2024-06-14\",\"numberPrefix\":\"ĐVM-" + t.root + "-\"}");
        assertEquals(201, nmIssued.status(), nmIssued::toString);
        JsonObject admission = api.get("admissions/" + verifiedId).json();
        assertEquals("ĐVM-" + t.root + "-001", admission.getString("newMemberCertificateNumber"));
        assertTrue(admission.getJsonArray("warnings").isEmpty(), admission::toString);
        // probation of the overridden admission has ended without the course
        assertTrue(api.get("admissions/" + overriddenId).json().getJsonArray("warnings").stream()
                .anyMatch(w -> w.asJsonObject().getString("code").equals("NEW_MEMBER_COURSE_MISSING")));

        JsonObject closed = api.post(cls + "/closure", "").json();
        assertEquals("CLOSED", closed.getString("status"));
        assertProblem(api.post(cls + "/learners", "{\"learners\":[" + learner("Lò Văn Ba", "1995-01-01", "MALE", "03", t.cell)
                + "]}"), 409, null);
        assertProblem(Api.as(base, "lc.viewer").post("training/classes", classBody(t, "146-HD/BTGTU", "2024-03-04",
                "2024-03-08", "[]")), 403, null);
    }

    @Test
    void theDemoGuidesAndEveryDemoAdmissionOf2024HasAVerifiedCertificate() {
        Api api = new Api(base);
        JsonObject g146 = api.get("training/guides/" + api.get("training/guides?number=146-HD/BTGTU").array()
                .getJsonObject(0).getJsonNumber("id")).json();
        assertEquals("2024-01-24", g146.getString("issuedOn"));
        assertEquals("AWARENESS", g146.getString("courseType"));
        assertEquals(6, g146.getJsonArray("topics").size());
        assertTrue(g146.getBoolean("reconstructed"));
        assertEquals("98-HD/BTGTU", g146.getString("supersedes"));
        assertTrue(g146.getJsonArray("audiences").toString().contains("PUPILS_STUDENTS"));
        JsonObject g147 = api.get("training/guides/" + api.get("training/guides?number=147-HD/BTGTU").array()
                .getJsonObject(0).getJsonNumber("id")).json();
        assertEquals("2024-01-25", g147.getString("issuedOn"));
        assertEquals(10, g147.getJsonArray("topics").size());

        assertEquals(0, api.get("admissions?org=LC&year=2024&warning=any").json().getInt("total"));
        int seen = 0;
        for (int page = 0; ; page++) {
            JsonObject p = api.get("admissions?org=LC&year=2024&size=500&page=" + page).json();
            for (JsonValue v : p.getJsonArray("items")) {
                assertEquals("VERIFIED", v.asJsonObject().getString("awarenessCertificateStatus"), v::toString);
                assertFalse(v.asJsonObject().isNull("newMemberCertificateNumber"), v::toString);
                seen++;
            }
            if (seen >= p.getInt("total")) {
                break;
            }
        }
        assertEquals(2287, seen);
        JsonArray classes = api.get("training/classes?org=LC-BT&year=2024").array();
        JsonObject school = classes.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("audience").equals("PUPILS_STUDENTS")).findFirst().orElseThrow();
        assertEquals("Trường THPT số 1 Bảo Thắng", school.getString("place"));
        assertEquals("Trung tâm Chính trị huyện Bảo Thắng", school.getString("organiserName"));
        assertTrue(school.getInt("passed") < school.getInt("learners"), school::toString);
        assertEquals(school.getInt("passed"), school.getInt("certified"));
    }
}
