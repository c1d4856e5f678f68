package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in, roles, subtree scoping, audit and hardening, against the running server. The access matrix is generated
 * from the OpenAPI document, so every new endpoint joins it without a change here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** One endpoint of the OpenAPI document. */
    record Endpoint(String method, String path) {
    }

    private List<Endpoint> endpoints() throws Exception {
        URL openapi = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/openapi");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi.toURI())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Endpoint> result = new ArrayList<>();
        for (String path : paths.keySet()) {
            String relative = path.contains("/api/") ? path.substring(path.indexOf("/api/") + 5) : path.replaceFirst("^/", "");
            for (String method : paths.getJsonObject(path).keySet()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    result.add(new Endpoint(method.toUpperCase(), relative));
                }
            }
        }
        assertTrue(result.size() >= 20, "the OpenAPI document lists the API: " + result);
        return result;
    }

    /** The endpoint's path for an object of Bảo Thắng (LC-BT), with the query parameters a caller would send. */
    private String concrete(Endpoint e, String admissionId, String jobId) {
        String p = e.path().replace("{guideId}", guideId).replace("{classId}", classId).replace("{learnerId}", learnerId)
                .replace("{code}", "LC-BT").replace("{year}", "2024").replace("{date}", "2024-12-31")
                .replace("{term}", "2020-2025").replace("{campaign}", "LC-BT-PTDV-2024").replace("{id}", e.path().startsWith("reports") ? "admission-results" : admissionId)
                .replace("{jobId}", jobId).replace("{kind}", "admissions").replace("{step}", "APPLICATION")
                .replace("{org}", "LC-BT-PH").replace("{username}", "baothang.staff").replace("{token}", "no-such-token.xlsx");
        String query = "org=LC-BT&year=2024&date=2024-12-31&q=" + Api.q("Bảo Thắng") + "&under=LC-BT";
        return p + (p.contains("?") ? "&" : "?") + query;
    }

    private static boolean isPublic(Endpoint e) {
        return e.path().equals("health") || e.path().equals("auth/login");
    }

    private String anAdmissionIdOfBaoThang() {
        JsonObject page = new Api(base).get("admissions?org=LC-BT&year=2024&size=1").json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString();
    }

    /** A report job of baothang.staff: its owner reads it, everyone else gets 404 (anonymous 401). */
    private String aReportJobOfBaoThangStaff() {
        Api.Reply r = Api.as(base, "baothang.staff").get("reports/admission-results?org=LC-BT&year=2024&async=true");
        assertEquals(202, r.status(), r.text());
        return r.json().getString("id");
    }

    private String guideId;
    private String classId;
    private String learnerId;

    /** The demo's guide 146, a 2024 awareness class of Bảo Thắng and one of its learners. */
    private void trainingIdsOfBaoThang() {
        Api admin = new Api(base);
        guideId = admin.get("training/guides?number=146-HD/BTGTU").array().getJsonObject(0).getJsonNumber("id").toString();
        classId = admin.get("training/classes?org=LC-BT&year=2024&courseType=AWARENESS").array().getJsonObject(0)
                .getJsonNumber("id").toString();
        learnerId = admin.get("training/classes/" + classId + "/learners").array().getJsonObject(0).getJsonNumber("id").toString();
    }

    @Test
    void matrixOverEveryEndpoint() throws Exception {
        String id = anAdmissionIdOfBaoThang();
        String jobId = aReportJobOfBaoThangStaff();
        trainingIdsOfBaoThang();
        Api anonymous = Api.anonymous(base);
        Api sibling = Api.as(base, "namma.staff");      // scope LC-VB-NM: Bảo Thắng is outside
        Api viewer = Api.as(base, "lc.viewer");         // scope LC, report viewer: no named lists, no writes
        Api inside = Api.as(base, "baothang.staff");    // scope LC-BT, data entry
        List<String> failures = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String path = concrete(e, id, jobId);
            String body = e.method().equals("GET") || e.method().equals("DELETE") ? null : "{}";
            if (isPublic(e)) {
                continue;
            }
            Api.Reply a = anonymous.call(e.method(), path, body);
            if (a.status() != 401) {
                failures.add("anonymous " + e + " → " + a.status());
            }
            Api.Reply s = sibling.call(e.method(), path, body);
            boolean orgSpecific = e.path().contains("{code}") || e.path().contains("{id}") || e.path().contains("{jobId}")
                    || e.path().contains("{classId}") || e.path().equals("admissions") || e.path().equals("training/classes")
                    || e.path().equals("dashboard") || e.path().equals("dashboard/latest-year")
                    || e.path().equals("probations") || e.path().equals("probations/counts")
                    || e.path().equals("candidates") || e.path().equals("candidates/counts")
                    || e.path().equals("candidates/units") || e.path().equals("admissions/progress");
            if (orgSpecific && (s.status() < 400 || s.status() == 500)) {
                failures.add("sibling " + e + " → " + s.status());
            }
            // the problem's "instance" only echoes the path the caller sent (e.g. a campaign code LC-BT-…): not data
            String seen = s.text().replaceAll("\"instance\":\"[^\"]*\"", "");
            if (seen.contains("Bảo Thắng") || seen.contains("LC-BT-")) {
                failures.add("sibling " + e + " sees Bảo Thắng data: " + s.text());
            }
            if (orgSpecific && e.method().equals("GET") && s.status() != 404 && s.status() != 403 && s.status() != 400) {
                failures.add("sibling GET " + e + " → " + s.status());
            }
            if (e.method().equals("GET")) {
                Api.Reply in = inside.call(e.method(), path, null);
                if (in.status() == 401 || in.status() == 404 || in.status() >= 500) {
                    // candidates/{id} is given an admission's id: no such candidate (CandidatesIT reads a real one)
                    if (!(e.path().startsWith("audit") && in.status() == 403)
                            && !(e.path().startsWith("candidates/{id}") && in.status() == 404)
                            // the demo's campaigns have no submitted proposal yet: no dossier (EmulationIT walks one)
                            && !(e.path().contains("/dossier") && in.status() == 404)
                            // documents/{id} is given an admission's id: no such issued document (DocumentsIT reads real ones)
                            && !(e.path().startsWith("documents/{id}") && in.status() == 404)) {
                        failures.add("inside " + e + " → " + in.status() + " " + in.text());
                    }
                }
            }
            if (!e.method().equals("GET")) {
                Api.Reply v = viewer.call(e.method(), path, body);
                if (v.status() < 400 && !e.path().startsWith("auth/")) {
                    failures.add("viewer " + e + " may write → " + v.status());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void anonymousCallsGet401ProblemsButHealthIsPublic() {
        Api anonymous = Api.anonymous(base);
        Api.Reply r = anonymous.get("organizations/LC");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertNotNull(r.header("WWW-Authenticate"));
        assertEquals(200, anonymous.get("health").status());
        assertProblem(Api.as(base, "tinhuy.admin", "wrong-password-1").get("organizations/LC"), 401, null);
    }

    @Test
    void nammaStaffCannotReadOrChangeBaoThang() {
        Api namma = Api.as(base, "namma.staff");
        assertProblem(namma.get("organizations/LC-BT"), 404, null);
        assertProblem(namma.get("organizations/LC-BT/children"), 404, null);
        assertProblem(namma.get("admissions?org=LC-BT&year=2024"), 404, null);
        assertProblem(namma.get("organizations/LC-BT/targets/2024"), 404, null);
        assertProblem(namma.put("organizations/LC-BT/targets/2024", "{\"admissions\":1}"), 404, null);
        String notFound = namma.get("organizations/LC-BT").json().getString("detail");
        assertEquals(notFound.replace("LC-BT", "NO-SUCH"), namma.get("organizations/NO-SUCH").json().getString("detail"),
                "the answer for an object outside the scope is the answer for one that does not exist");
        TestTree t = TestTree.create(new Api(base));
        Api.Reply foreign = namma.post("admissions", t.admission("X-" + UUID.randomUUID()).replace(t.cell, "LC-BT-PH-AN"));
        assertProblem(foreign, 400, "organizationCode");
        assertEquals(200, namma.get("organizations/LC-VB-NM").status());
        assertEquals(14, namma.get("admissions?org=LC-VB-NM&year=2024").json().getInt("total"));
        JsonArray found = namma.get("organizations?q=" + Api.q("Bảo Thắng")).array();
        assertEquals(0, found.size(), found::toString);
    }

    /** Issue #15 §2.2: named admission data needs the admission-reading permission in every export and report. */
    @Test
    void politicalCentreGetsNoNamedAdmissionListsInAnyExport() {
        Api centre = Api.as(base, "ttct.baothang");
        assertProblem(centre.get("admissions?org=LC-BT&year=2024"), 403, null);
        assertProblem(centre.get("admissions.xlsx?org=LC-BT&year=2024"), 403, null);
        assertProblem(centre.get("reports/admission-list?org=LC-BT&year=2024&format=xlsx"), 403, null);
        Api.Reply staff = Api.as(base, "baothang.staff").get("admissions.xlsx?org=LC-BT&year=2024");
        assertEquals(200, staff.status(), staff::toString);
        assertProblem(Api.as(base, "lc.viewer").get("admissions.xlsx?org=LC&year=2024"), 403, null);
    }

    @Test
    void viewerSeesFiguresButNotNamedLists() {
        Api viewer = Api.as(base, "lc.viewer");
        assertEquals(2022, viewer.get("organizations/LC/targets/2024").json().getInt("admissions"));
        assertProblem(viewer.get("admissions?org=LC&year=2024"), 403, null);
        assertProblem(viewer.put("organizations/LC/targets/2030", "{\"admissions\":1}"), 403, null);
        assertEquals(200, viewer.get("reports").status());
        assertProblem(viewer.get("audit"), 403, null);
        JsonObject me = viewer.get("auth/me").json();
        assertEquals("REPORT_VIEWER", me.getString("role"));
        assertEquals("LC", me.getString("scope"));
        assertTrue(me.getJsonArray("permissions").toString().contains("READ_AGGREGATES"), me::toString);
        assertFalse(me.getJsonArray("permissions").toString().contains("READ_ADMISSIONS"), me::toString);
    }

    @Test
    void changesDeniedAccessesAndFailedSignInsAreAudited() {
        Api admin = new Api(base);
        TestTree t = TestTree.create(admin);
        assertEquals(201, admin.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":7}").status());
        assertEquals(200, admin.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":9}").status());
        Api.as(base, "namma.staff").get("organizations/LC-BT");
        Api.as(base, "no.such.user", "whatever-123").get("organizations/LC");

        JsonArray changes = admin.get("audit?action=TARGET_ADJUSTED&user=" + Api.SYSTEM_ADMIN).array();
        JsonObject adjusted = changes.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("target").equals("target:" + t.commune + "/2024")).findFirst().orElseThrow();
        assertTrue(adjusted.getString("before").contains("7") && adjusted.getString("after").contains("9"), adjusted::toString);
        assertTrue(adjusted.getString("occurredAt").endsWith("Z"), "UTC");
        assertFalse(admin.get("audit?category=DENIED&user=namma.staff").array().isEmpty());
        assertFalse(admin.get("audit?category=SIGN_IN&user=no.such.user").array().isEmpty());
        assertFalse(admin.get("audit?action=ORGANIZATION_CREATED").array().isEmpty());
    }

    @Test
    void accountsLockAfterRepeatedFailuresAndAnswerLikeUnknownOnes() {
        Api wrong = Api.as(base, "thidua.lc", "not-the-password-1");
        int last = 0;
        for (int i = 0; i < 5; i++) {
            last = wrong.get("auth/me").status();
        }
        assertEquals(401, last);
        Api.Reply locked = Api.as(base, "thidua.lc").get("auth/me");
        assertEquals(401, locked.status(), "even the right password waits for the lock to expire");
        assertTrue(locked.json().getString("detail").contains("tạm khóa"), "the one message says it may be a lock");
        assertEquals(Api.as(base, "no.such.account", "whatever-123").get("auth/me").text(), locked.text(),
                "a locked account cannot be told from an unknown one");
    }

    @Test
    void passwordChangeChecksTheCurrentOneAndThePolicy() {
        Api centre = Api.as(base, "ttct.baothang");
        assertProblem(centre.post("auth/password", "{\"currentPassword\":\"wrong\",\"newPassword\":\"abcdefgh12345\"}"), 400, "currentPassword");
        assertProblem(centre.post("auth/password", "{\"currentPassword\":\"" + Api.DEMO_PASSWORD + "\",\"newPassword\":\"short1\"}"), 400, "newPassword");
        String next = "Doi-mat-khau-2025";
        assertEquals(204, centre.post("auth/password", "{\"currentPassword\":\"" + Api.DEMO_PASSWORD + "\",\"newPassword\":\"" + next + "\"}").status());
        assertEquals(200, Api.as(base, "ttct.baothang", next).get("auth/me").status());
        assertEquals(204, Api.as(base, "ttct.baothang", next).post("auth/password",
                "{\"currentPassword\":\"" + next + "\",\"newPassword\":\"" + Api.DEMO_PASSWORD + "\"}").status());
    }

    @Test
    void sessionSignInForThePages() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        Api api = Api.anonymous(base);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(api.uri("auth/login"))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"baothang.staff\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("LC-BT"));
        // on every server (Payara rewrites its header, WildFly honours web.xml): a strict, script-proof session cookie
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError(login.headers().map().toString()));
        assertTrue(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), cookie);
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(api.uri("auth/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode());
        HttpResponse<String> bad = browser.send(HttpRequest.newBuilder(api.uri("auth/login"))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"baothang.staff\",\"password\":\"nope\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bad.statusCode());
        assertTrue(bad.headers().firstValue("WWW-Authenticate").isEmpty(), "no browser dialog for the pages");
    }

    @Test
    void hardeningHeadersAndLimits() {
        Api api = new Api(base);
        Api.Reply r = api.get("organizations/LC");
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("no-store", r.header("Cache-Control"));
        assertTrue(r.header("X-Powered-By") == null, "no framework banner");
        String huge = "{\"fullName\":\"" + "A".repeat(2_000_000) + "\"}";
        assertProblem(api.post("admissions", huge), 413, null);
        for (Map.Entry<String, Api.Reply> e : Map.of("404", api.get("no-such"), "500-ish", api.get("admissions/abc")).entrySet()) {
            assertFalse(e.getValue().text().contains("at vn.ptdv") || e.getValue().text().contains("java."), e::toString);
        }
    }
}
