package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The maintained figures (adm_figure) stay equal to a recount from the admission rows after every kind of write, in a
 * test tree of their own: created, corrected (moved to another cell and year, other values), withdrawn, imported,
 * and many admissions created at once in one cell; the dashboard reads the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static String number() {
        return UUID.randomUUID().toString().substring(0, 8) + "-QĐ/ĐU";
    }

    /** The verification of the code: asserts 0 differences and answers the number of keys compared. */
    static int verified(Api api, String code) {
        Api.Reply r = api.get("admin/figures/verification?org=" + code);
        assertEquals(200, r.status(), r::toString);
        JsonObject v = r.json();
        assertEquals(0, v.getInt("differences"), v::toString);
        assertEquals(0, v.getJsonArray("items").size(), v::toString);
        return v.getInt("keys");
    }

    private static long admitted(Api api, String code, int year) {
        Api.Reply r = api.get("dashboard?org=" + code + "&year=" + year);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("admitted").longValue();
    }

    @Test
    void everyWriteKeepsTheFiguresEqualToTheirRecount() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        assertEquals(0, verified(api, t.root));

        Api.Reply created = api.post("admissions", t.admission(number(), "\"religion\":\"Công giáo\""));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getJsonNumber("id").toString();
        // the province, district, commune, cell prefixes and the cell's own row, in one month and breakdown
        assertEquals(5, verified(api, t.root));
        assertEquals(1, admitted(api, t.root, 2024));
        assertEquals(1, admitted(api, t.cell, 2024));

        Api.Reply corrected = api.put("admissions/" + id, t.admission(number(), "\"organizationCode\":\"" + t.cell2 + "\"",
                "\"decisionDate\":\"2025-03-03\"", "\"ceremonyDate\":\"2025-03-10\"", "\"gender\":\"MALE\"",
                "\"generalEducation\":\"LOWER_SECONDARY\"", "\"professionalQualification\":\"ELEMENTARY\"", "\"reason\":\"Sai chi bộ và ngày quyết định\""));
        assertEquals(200, corrected.status(), corrected::toString);
        verified(api, t.root);
        verified(api, t.cell2);
        assertEquals(0, admitted(api, t.root, 2024));
        assertEquals(1, admitted(api, t.root, 2025));
        assertEquals(0, admitted(api, t.cell, 2025));
        assertEquals(1, admitted(api, t.cell2, 2025));

        // a refused correction (no reason) changes neither the record nor the figures
        assertEquals(400, api.put("admissions/" + id, t.admission(number(), "\"decisionDate\":\"2024-01-05\"")).status());
        verified(api, t.root);
        assertEquals(1, admitted(api, t.root, 2025));

        Api.Reply withdrawn = api.post("admissions/" + id + "/withdrawal", "{\"reason\":\"Quyết định bị hủy\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        verified(api, t.root);
        assertEquals(0, admitted(api, t.root, 2025));

        String n = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Họ và tên;Giới tính;Ngày sinh;Dân tộc;Giáo dục phổ thông;Trình độ chuyên môn;Nghề nghiệp;"
                + "Mã tổ chức;Số quyết định;Ngày quyết định;Đoàn viên;Lý do không có giấy chứng nhận\r\n"
                + "Lò Văn Páo;Nam;1995-03-02;Thái;Trung học phổ thông;Đại học;Công nhân;" + t.cell + ";" + n
                + "-1/QĐ;20/05/2024;x;" + TestTree.TEST_OVERRIDE + "\r\n"
                + "Vàng Thị Dợ;nữ;02/03/1996;8;Trung học cơ sở;Sơ cấp;Nông dân;" + t.cell2 + ";" + n
                + "-2/QĐ;31/12/2024;;" + TestTree.TEST_OVERRIDE + "\r\n";
        Api.Reply imported = api.post("imports/admissions?dryRun=false", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported::toString);
        verified(api, t.root);
        assertEquals(2, admitted(api, t.root, 2024));
        assertEquals(1, admitted(api, t.cell2, 2024));

        // an import refused for one bad row writes neither admissions nor figures
        String bad = csv.replace(n + "-1/QĐ", n + "-3/QĐ").replace(n + "-2/QĐ", n + "-4/QĐ")
                .replace("Trung học cơ sở", "không-có").replace("Lò Văn Páo", "Lò Văn Pá");
        assertEquals(422, api.post("imports/admissions?dryRun=false", "text/csv", bad.getBytes(StandardCharsets.UTF_8))
                .status());
        verified(api, t.root);
        assertEquals(2, admitted(api, t.root, 2024));
    }

    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dung", "Hoa", "Lan", "Mai", "Nga"};

    @Test
    void parallelAdmissionsInOneCellAreAllCounted() throws Exception {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        int writers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        // the same cell, month and breakdown: every writer increments the same rows
                        statuses.add(api.post("admissions", t.admission(number(),
                                "\"fullName\":\"Giàng Thị " + GIVEN[writer] + " " + GIVEN[i] + "\"")).status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> f : results) {
                assertEquals(List.of(201, 201, 201, 201, 201), f.get(), "no write failed (no deadlock, no duplicate row)");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(5, verified(api, t.root));
        assertEquals(writers * each, admitted(api, t.root, 2024));
        assertEquals(writers * each, admitted(api, t.cell, 2024));
        assertTrue(admitted(api, t.cell2, 2024) == 0);
    }

    @Test
    void onlySystemAdministratorsVerifyAndBadInputIsAnsweredInVietnamese() {
        Api api = new Api(base);
        Api.Reply staff = Api.as(base, "baothang.staff").get("admin/figures/verification?org=LC");
        assertEquals(403, staff.status(), staff::toString);
        Api.Reply missing = api.get("admin/figures/verification");
        assertEquals(400, missing.status(), missing::toString);
        assertTrue(missing.text().contains("Cần chọn tổ chức đảng"), missing::toString);
        Api.Reply unknown = api.get("admin/figures/verification?org=KHONG-CO");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.text().contains("Không tìm thấy tổ chức đảng"), unknown::toString);
    }
}
