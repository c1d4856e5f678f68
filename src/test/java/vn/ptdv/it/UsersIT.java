package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #15: accounts and delegation on a new installation (a district administrator creates commune staff, who sign
 * in, change their temporary password and work only inside their commune), the users import, and the side doors:
 * lock-out, throttle, CSRF, body limits, strict numbers, column lengths, audit scope and named reads, LIKE wildcards
 * and impossible dates. Tests that count failed sign-ins send their own X-Forwarded-For (the IT client connects from
 * loopback, a trusted proxy by default), so they do not slow each other down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an account as {@code manager}; returns its temporary password. */
    private static String create(Api manager, String username, String fullName, String roles, String scope) {
        Api.Reply r = manager.post("users", "{\"username\":\"" + username + "\",\"fullName\":\"" + fullName + "\",\"roles\":["
                + roles + "],\"scope\":" + (scope == null ? "null" : "\"" + scope + "\"") + "}");
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.header("Location").endsWith("/api/users/" + username), r.header("Location"));
        String temporary = r.json().getString("temporaryPassword");
        assertTrue(temporary.length() >= 10, temporary);
        return temporary;
    }

    /** Signs in with the temporary password, which only changes itself; returns the client with the new password. */
    private Api changeTemporary(String username, String temporary) {
        Api first = Api.as(base, username, temporary);
        Api.Reply blocked = first.get("organizations/LC");
        assertProblem(blocked, 403, null);
        assertTrue(blocked.json().getString("type").endsWith("/password-change-required"), blocked::toString);
        assertTrue(blocked.json().getString("detail").contains("mật khẩu tạm thời"), blocked::toString);
        JsonObject me = first.get("auth/me").json();
        assertTrue(me.getBoolean("passwordChangeRequired"), me::toString);
        String chosen = "Mat-khau-" + UUID.randomUUID().toString().substring(0, 8) + "-9";
        assertEquals(204, first.post("auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + chosen + "\"}").status());
        assertEquals(401, first.get("auth/me").status(), "the temporary password is gone");
        lastPassword = chosen;
        Api next = Api.as(base, username, chosen);
        assertFalse(next.get("auth/me").json().getBoolean("passwordChangeRequired"));
        return next;
    }

    @Test
    void aDistrictAdministratorCreatesCommuneStaffWhoWorkOnlyInTheirCommune() {
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        String otherCommune = t.district + "-XB";
        assertEquals(201, system.post("organizations", "{\"code\":\"" + otherCommune + "\",\"name\":\"Đảng bộ xã Bên Cạnh\","
                + "\"kind\":\"GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2015-01-01\"}").status());

        String adminName = unique("huyen.admin");
        Api admin = changeTemporary(adminName, create(system, adminName, "Hoàng Văn Quản", "\"ADMIN\"", t.district));
        JsonObject me = admin.get("auth/me").json();
        assertTrue(me.getJsonArray("permissions").toString().contains("MANAGE_USERS"), me::toString);
        assertFalse(me.getJsonArray("grantableRoles").toString().contains("SYSTEM_ADMIN"), me::toString);

        // delegation: only roles held, only inside the scope, an outside scope answered like a missing one
        String staffName = unique("xa.nhaplieu");
        assertProblem(admin.post("users", "{\"username\":\"" + unique("x") + "\",\"fullName\":\"Lò Văn A\",\"roles\":[\"SYSTEM_ADMIN\"],\"scope\":null}"), 400, "roles");
        Api.Reply outside = admin.post("users", "{\"username\":\"" + unique("x") + "\",\"fullName\":\"Lò Văn A\",\"roles\":[\"ADMIN\"],\"scope\":\"LC-BT\"}");
        assertProblem(outside, 400, "scope");
        Api.Reply missing = admin.post("users", "{\"username\":\"" + unique("x") + "\",\"fullName\":\"Lò Văn A\",\"roles\":[\"ADMIN\"],\"scope\":\"NO-SUCH\"}");
        assertEquals(outside.json().getJsonObject("errors").getString("scope").replace("LC-BT", "NO-SUCH"),
                missing.json().getJsonObject("errors").getString("scope"));
        assertProblem(admin.post("users", "{\"username\":\"" + unique("x") + "\",\"fullName\":\"Lò \u202EaoH\",\"roles\":[\"DATA_ENTRY\"],\"scope\":\"" + t.commune + "\"}"), 400, "fullName");
        assertProblem(admin.get("users/" + Api.SYSTEM_ADMIN), 404, null);
        assertProblem(admin.get("users/namma.staff"), 404, null);
        assertProblem(admin.put("users/" + adminName, "{\"roles\":[\"DATA_ENTRY\",\"ADMIN\"]}"), 403, null);
        assertProblem(Api.as(base, "baothang.staff").get("users"), 403, null);

        Api staff = changeTemporary(staffName, create(admin, staffName, "Lò Thị Hoa", "\"DATA_ENTRY\"", t.commune));
        assertEquals(200, staff.get("organizations/" + t.commune).status());
        assertEquals(201, staff.post("admissions", t.admission("U-" + UUID.randomUUID())).status());
        assertProblem(staff.get("organizations/" + otherCommune), 404, null);
        assertProblem(staff.get("organizations/" + t.district), 404, null);
        assertProblem(staff.post("admissions", t.admission("U-" + UUID.randomUUID()).replace(t.cell, otherCommune)), 400, "organizationCode");
        assertProblem(staff.get("users"), 403, null);

        // the administrator's list: under an organisation, search without diacritics
        JsonArray found = admin.get("users?under=" + t.commune + "&q=" + Api.q("lo thi hoa")).array();
        assertEquals(1, found.size(), found::toString);
        assertEquals(staffName, found.getJsonObject(0).getString("username"));
        assertFalse(found.toString().contains("temporaryPassword\":\""), "no password in lists");
        assertProblem(admin.get("users?under=LC-BT"), 404, null);

        // disabling ends the remembered Basic check and the session at once; enabling again lets the same password in
        assertEquals(200, staff.get("auth/me").status());
        HttpClient page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        assertEquals(200, send(page, HttpRequest.newBuilder(staff.uri("auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + staffName + "\",\"password\":\"" + lastPassword + "\"}"))).statusCode());
        assertEquals(200, send(page, HttpRequest.newBuilder(staff.uri("auth/me"))).statusCode());
        assertFalse(admin.put("users/" + staffName, "{\"enabled\":false}").json().getBoolean("enabled"));
        assertEquals(401, staff.get("auth/me").status(), "no grace period");
        assertEquals(401, send(page, HttpRequest.newBuilder(staff.uri("auth/me"))).statusCode(), "the session ended too");
        assertTrue(admin.put("users/" + staffName, "{\"enabled\":true,\"roles\":[\"DATA_ENTRY\",\"POLITICAL_CENTRE\"]}").json().getBoolean("enabled"));
        assertEquals(200, staff.get("auth/me").status());

        // a reset: the old password stops, the new temporary one only changes itself
        String reset = admin.post("users/" + staffName + "/password-reset", "").json().getString("temporaryPassword");
        assertEquals(401, staff.get("auth/me").status());
        changeTemporary(staffName, reset);

        // every change audited with before and after, filed under the account's organisation
        JsonArray changes = admin.get("audit?category=CHANGE&user=" + adminName).array();
        assertTrue(changes.toString().contains("USER_CREATED") && changes.toString().contains("USER_DISABLED")
                && changes.toString().contains("USER_PASSWORD_RESET"), changes::toString);
        JsonObject changed = changes.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("action").equals("USER_ENABLED")).findFirst().orElseThrow();
        assertTrue(changed.getString("before").contains("\"enabled\":false") && changed.getString("after").contains("POLITICAL_CENTRE"), changed::toString);
        assertTrue(admin.get("audit?action=USER_CREATED&user=" + Api.SYSTEM_ADMIN).array().toString().contains(adminName));
    }

    @Test
    void usersImportCommitsAllOrNothingAndListsThePasswordsOnce() throws IOException {
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        String a = unique("nhap.a");
        String b = unique("nhap.b");
        String good = "Tên đăng nhập;Họ và tên;Vai trò;Mã tổ chức\n" + a + ";Giàng Thị Mai;Nhập liệu;" + t.cell + "\n"
                + b + ";Lò Văn Páo;Nhập liệu, Trung tâm chính trị;" + t.commune + "\n";
        String bad = good + unique("nhap.c") + ";Sùng A Chứ;Quản trị hệ thống;" + t.commune + "\n";
        Api.Reply refused = system.post("imports/users?dryRun=false", "text/csv", bad.replace("Quản trị hệ thống", "Bí thư"));
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(404, system.get("users/" + a).status(), "nothing written");
        Api.Reply dry = system.post("imports/users?dryRun=true", "text/csv", good);
        assertEquals(200, dry.status(), dry::toString);
        assertTrue(!dry.json().containsKey("result") || dry.json().isNull("result"), dry::toString);
        Api.Reply done = system.post("imports/users?dryRun=false", "text/csv", good);
        assertEquals(200, done.status(), done::toString);
        JsonObject result = done.json().getJsonObject("result");
        assertEquals(2, result.getJsonArray("accounts").size(), result::toString);
        String temporary = result.getJsonArray("accounts").getJsonObject(0).getString("temporaryPassword");
        changeTemporary(a, temporary);
        Api.Reply sheet = system.get(result.getString("passwordSheet"));
        assertEquals(200, sheet.status(), sheet::toString);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(sheet.bytes()))) {
            var rows = wb.getSheetAt(0);
            assertEquals(a, rows.getRow(1).getCell(0).getStringCellValue());
            assertEquals(temporary, rows.getRow(1).getCell(3).getStringCellValue());
        }
        assertEquals(404, system.get(result.getString("passwordSheet")).status(), "downloadable once");
        assertEquals("Lò Văn Páo", system.get("users/" + b).json().getString("fullName"));
    }

    @Test
    void importsStopAtTheRowCapAndListAtMostTheErrorCap() {
        Api system = new Api(base);
        StringBuilder csv = new StringBuilder("Tên đăng nhập;Họ và tên;Vai trò;Mã tổ chức\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("X;Lò Văn A;Nhập liệu;NO-SUCH\n");
        }
        Api.Reply many = system.post("imports/users?dryRun=true", "text/csv", csv.toString());
        assertEquals(422, many.status(), () -> many.text().substring(0, 500));
        assertEquals(1000, many.json().getJsonArray("errors").size());
        assertEquals(2000, many.json().getInt("errorsNotListed"), "two errors a row, 1.000 listed");
        for (int i = 1500; i <= 20_000; i++) {
            csv.append("X;Lò Văn A;Nhập liệu;NO-SUCH\n");
        }
        Api.Reply tooMany = system.post("imports/users?dryRun=true", "text/csv", csv.toString());
        assertProblem(tooMany, 400, "file");
        assertTrue(tooMany.json().getString("detail").contains("20.000"), tooMany::toString);
    }

    @Test
    void aLockedAccountAnswersLikeAnUnknownOneAlsoWhenRemembered() throws Exception {
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        String name = unique("khoa");
        Api user = changeTemporary(name, create(system, name, "Vàng Thị Say", "\"REPORT_VIEWER\"", t.root));
        assertEquals(200, user.get("auth/me").status());     // remembered from now on
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        HttpResponse<String> unknown = basic(unique("khong.co"), "whatever-123", address);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, basic(name, "wrong-password-" + i, address).statusCode());
        }
        HttpResponse<String> locked = basic(name, null, address);
        assertEquals(unknown.statusCode(), locked.statusCode());
        assertEquals(401, locked.statusCode());
        assertEquals(unknown.body(), locked.body(), "the same answer for a locked and an unknown account");
        assertEquals(401, user.get("auth/me").status(), "the lock applies to the remembered credentials too");
    }

    @Test
    void failedSignInsAreThrottledPerClientAddress() throws Exception {
        String address = "203.0.113." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 30; i++) {
            assertEquals(401, basic(unique("doan"), "guess-" + i, address).statusCode());
        }
        HttpResponse<String> throttled = basic("tinhuy.admin", Api.DEMO_PASSWORD, address);
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertNotNull(throttled.headers().firstValue("Retry-After").orElse(null));
        assertEquals(200, basic("tinhuy.admin", Api.DEMO_PASSWORD, "203.0.113.250").statusCode(), "other addresses go on");
    }

    /** A Basic request from the given client address; a null password is the one chosen last in changeTemporary. */
    private HttpResponse<String> basic(String username, String password, String address) throws Exception {
        String pw = password == null ? lastPassword : password;
        return http.send(HttpRequest.newBuilder(new Api(base).uri("auth/me")).header("X-Forwarded-For", address)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + pw)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String lastPassword;

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void crossSiteRequestsAndNonJsonSignInsAreRefusedAndTheCookieIsStrict() throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        Api api = Api.anonymous(base);
        String login = "{\"username\":\"baothang.staff\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}";
        assertEquals(415, browser.send(HttpRequest.newBuilder(api.uri("auth/login")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(403, browser.send(HttpRequest.newBuilder(api.uri("auth/login")).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ok = browser.send(HttpRequest.newBuilder(api.uri("auth/login")).header("Content-Type", "application/json")
                .header("X-Requested-With", "XMLHttpRequest").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        String cookie = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), cookie);
        // a cross-site form: multipart import and a form-encoded post with the cookie alone
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(api.uri("imports/targets?dryRun=false"))
                .header("Content-Type", "multipart/form-data; boundary=x").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na\r\n--x--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode(), form.body());
        HttpResponse<String> noOrigin = browser.send(HttpRequest.newBuilder(api.uri("auth/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noOrigin.statusCode(), "a session request that changes something must come from our pages");
        assertEquals(200, browser.send(HttpRequest.newBuilder(api.uri("auth/me")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(204, browser.send(HttpRequest.newBuilder(api.uri("auth/logout")).header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void bodiesAreCountedAsReadAlsoChunkedAndOnTheSignIn() throws Exception {
        byte[] big = ("{\"fullName\":\"" + "A".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(new Api(base).uri("admissions"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((Api.SYSTEM_ADMIN + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(new Api(base).uri("auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, login.statusCode(), login.body());
    }

    @Test
    void integerFieldsTakeExactIntegersAndNothingIsWritten() {
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        for (String value : new String[] {"1e400", "2.9", "4294967295"}) {
            Api.Reply r = system.put("organizations/" + t.commune + "/targets/2024", "{\"admissions\":" + value + "}");
            assertProblem(r, 400, "admissions");
        }
        assertEquals(404, system.get("organizations/" + t.commune + "/targets/2024").status(), "nothing written");
    }

    @Test
    void textLongerThanItsColumnIsA422AndTheValueStaysOutOfTheLog() throws IOException {
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
        Api.Reply created = system.post("admissions", t.admission("L-" + UUID.randomUUID()));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getJsonNumber("id").toString();
        // the withdrawal reason has no length rule of its own: the column's 1.000 characters decide
        Api.Reply r = system.post("admissions/" + id + "/withdrawal", "{\"reason\":\"" + marker + "x".repeat(1200) + "\"}");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("errors").containsKey("reason"), r::toString);
        assertEquals(1, system.get("admissions/" + id + "/history").array().size(), "nothing written");
        String log = System.getProperty("ptdv.it.log");
        if (log != null) {
            Path dir = Path.of(log).toAbsolutePath().getParent();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(Path.of(log).getFileName().toString())).toList()) {
                    assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains(marker), "the value reached " + f);
                }
            }
        }
    }

    @Test
    void anAdministratorReadsOnlyTheAuditOfTheirScopeAndNamedReadsAreAudited() {
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        String adminName = unique("audit.admin");
        Api admin = changeTemporary(adminName, create(system, adminName, "Cầm Văn Kiểm", "\"ADMIN\"", t.root));
        String stranger = "no.such." + UUID.randomUUID().toString().substring(0, 6);
        Api.as(base, stranger, "whatever-123").get("organizations/LC");
        Api.as(base, "namma.staff").get("organizations/LC-BT");
        assertEquals(200, admin.get("admissions?org=" + t.root + "&year=2024").status());
        JsonArray all = admin.get("audit?limit=5000").array();
        for (JsonObject e : all.getValuesAs(JsonObject.class)) {
            assertTrue(e.containsKey("orgPath") && !e.isNull("orgPath"), "an entry without organisation reached a scoped administrator: " + e);
        }
        assertTrue(admin.get("audit?category=SIGN_IN&user=" + stranger).array().isEmpty(), "unknown accounts' failures are not theirs");
        assertTrue(admin.get("audit?category=DENIED&user=namma.staff").array().isEmpty());
        JsonArray reads = admin.get("audit?category=READ&user=" + adminName).array();
        assertEquals(1, reads.size(), reads::toString);
        assertEquals("ADMISSION_LIST", reads.getJsonObject(0).getString("action"));
        assertTrue(reads.getJsonObject(0).getString("detail").contains("org=" + t.root));
        assertFalse(system.get("audit?category=SIGN_IN&user=" + stranger).array().isEmpty(), "the system administrator sees them");
        assertProblem(system.get("audit?from=" + Api.q("+999999999-12-31T23:59:59Z")), 400, "from");
    }

    @Test
    void searchWildcardsAreLiteralAndImpossibleDatesAreRefused() {
        Api staff = Api.as(base, "baothang.staff");
        assertEquals(0, staff.get("admissions?org=LC-BT&year=2024&name=" + Api.q("%")).json().getInt("total"));
        assertEquals(0, staff.get("organizations?q=" + Api.q("%_")).array().size());
        Api system = new Api(base);
        TestTree t = TestTree.create(system);
        assertProblem(system.post("admissions", t.admission("D-" + UUID.randomUUID(), "\"birthDate\":\"1998-02-31\"")), 400, "birthDate");
        assertProblem(system.get("reports/admission-list?org=LC-BT&year=2024&fromDate=31/02/2024"), 400, "fromDate");
        assertProblem(system.post("organizations", "{\"code\":\"" + t.commune + "-XZ\",\"name\":\"=HYPERLINK(\\\"http://x\\\")\","
                + "\"kind\":\"CELL\",\"parentCode\":\"" + t.commune + "\",\"validFrom\":\"2015-01-01\"}"), 400, "name");
    }
}
