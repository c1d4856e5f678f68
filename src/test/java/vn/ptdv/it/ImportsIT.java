package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.it.OrganizationsIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spreadsheet imports and exports, black box, into test trees of their own (never the Lào Cai demo data). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Tôn giáo",
            "Trình độ học vấn", "Trình độ chuyên môn", "Nghề nghiệp", "Mã tổ chức", "Số quyết định", "Ngày kết nạp",
            "Ngày lễ kết nạp", "Lý do không có GCN hợp lệ", "Ghi chú riêng");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static long total(Api api, String org) {
        Api.Reply r = api.get("admissions?org=" + org + "&size=1");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("total").longValue();
    }

    /** A good row for the organisation: header order as {@link #HEADERS}; the i-th person has a birth date of its own. */
    private static List<Object> good(int i, String org, String number) {
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(i);
        return new ArrayList<>(Arrays.asList("Giàng Thị Mai", "Nữ", i % 2 == 0 ? birth : birth.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                i % 3 == 0 ? "08" : "Mông", i % 5 == 0 ? "Phật giáo" : "", "Trung học phổ thông", "Cao đẳng", "Nông dân", org, number,
                "20/05/2024", LocalDate.of(2024, 6, 1), TestTree.TEST_OVERRIDE, "ghi chú " + i));
    }

    static byte[] xlsx(List<String> headers, List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row h = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof LocalDate d) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v != null && !v.toString().isEmpty()) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static Map<Integer, List<String>> errorsByRow(Api.Reply r) {
        Map<Integer, List<String>> byRow = new TreeMap<>();
        for (JsonValue v : r.json().getJsonArray("errors")) {
            JsonObject e = v.asJsonObject();
            byRow.computeIfAbsent(e.getInt("row"), k -> new ArrayList<>()).add(e.getString("field") + ": " + e.getString("message"));
        }
        return byRow;
    }

    @Test
    void csvWithBomSemicolonsAndUserHeadersCommitsAfterADryRun() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String n = UUID.randomUUID().toString().substring(0, 8);
        String csv = "\uFEFFHO VA TEN;gioi tinh;Ngày  sinh;DÂN TỘC;Giáo dục phổ thông;trinh do chuyen mon;Nghề nghiệp;Mã tổ chức;Số quyết định;Ngày quyết định;Đoàn viên;Lý do không có giấy chứng nhận\r\n"
                + "\"Lò Văn Páo\";Nam;1995-03-02;Thái;Trung học phổ thông;Đại học;Công nhân;" + t.cell + ";" + n + "-1/QĐ;20/05/2024;x;" + TestTree.TEST_OVERRIDE + "\r\n"
                + "\"Vàng Thị; Dợ\";nữ;02/03/1996;8;THCS-không-có;Sơ cấp;Nông dân;" + t.cell + ";" + n + "-2/QĐ;21/05/2024;;" + TestTree.TEST_OVERRIDE + "\r\n";
        // row 3 has a bad education and a ';' inside quotes in the name: the name is then not letters only
        Api.Reply bad = api.post("imports/admissions?dryRun=true", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        assertProblem(bad, 422, null);
        Map<Integer, List<String>> errors = errorsByRow(bad);
        assertEquals(List.of(3), List.copyOf(errors.keySet()), bad::toString);
        assertTrue(errors.get(3).stream().anyMatch(e -> e.startsWith("generalEducation: Giáo dục phổ thông 'THCS-không-có'")), errors::toString);
        assertTrue(errors.get(3).stream().anyMatch(e -> e.startsWith("fullName:")), errors::toString);

        String fixed = csv.replace("THCS-không-có", "trung hoc co so").replace("\"Vàng Thị; Dợ\"", "\"Vàng Thị Dợ\"");
        Api.Reply dry = api.post("imports/admissions?dryRun=true", "text/csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, dry.status(), dry::toString);
        assertFalse(dry.json().getBoolean("committed"));
        assertEquals(2, dry.json().getInt("rows"));
        assertEquals(0, total(api, t.root), "a dry run writes nothing");

        Api.Reply done = api.post("imports/admissions?dryRun=false", "text/csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, done.status(), done::toString);
        assertTrue(done.json().getBoolean("committed"));
        assertEquals(2, total(api, t.root));
        JsonObject first = api.get("admissions?org=" + t.root + "&name=" + Api.q("Lò Văn Páo")).json().getJsonArray("items").getJsonObject(0);
        assertEquals("03", first.getString("ethnicityCode"));
        assertEquals("1995-03-02", first.getString("birthDate"));

        // the same file again: every row repeats an existing decision number and person
        Api.Reply again = api.post("imports/admissions?dryRun=true", "text/csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertProblem(again, 422, null);
        assertEquals(2, again.json().getInt("rowsWithErrors"));
        assertTrue(again.text().contains("đã được dùng cho hồ sơ kết nạp số"), again::toString);
    }

    /** The "done when": 5.000 rows with 20 bad ones give exactly those 20 errors; the corrected file commits. */
    @Test
    void fiveThousandRowsWithTwentyBadOnes() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(good(i, i % 2 == 0 ? t.cell : t.cell2, prefix + "-" + i + "/QĐ"));
        }
        List<List<Object>> corrected = rows.stream().map(r -> (List<Object>) new ArrayList<>(r)).toList();
        TreeSet<Integer> badRows = new TreeSet<>();
        String[] kinds = {"birthDate", "ethnicityCode", "fullName", "birthDate-age", "organizationCode", "decisionNumber",
                          "fullName-duplicate", "gender", "ceremonyDate", "occupation", "awarenessCertificateNumber"};
        Map<Integer, String> expectedField = new TreeMap<>();
        for (int k = 0; k < 20; k++) {
            int i = 100 + k * 245;
            List<Object> row = rows.get(i);
            String kind = kinds[k % kinds.length];
            switch (kind) {
                case "birthDate" -> row.set(2, "31/02/1990");
                case "ethnicityCode" -> row.set(3, "Sao Hỏa");
                case "fullName" -> row.set(0, "");
                case "birthDate-age" -> row.set(2, LocalDate.of(2010, 3, 1).plusDays(k));
                case "organizationCode" -> row.set(8, t.root + "-KHONG-CO");
                case "decisionNumber" -> row.set(9, rows.get(i - 7).get(9));
                case "fullName-duplicate" -> {
                    row.set(2, rows.get(i - 2).get(2));
                    row.set(8, rows.get(i - 2).get(8));
                }
                case "gender" -> row.set(1, "Không rõ");
                case "ceremonyDate" -> row.set(11, "01/01/2024");
                case "occupation" -> row.set(7, "Phi hành gia");
                case "awarenessCertificateNumber" -> row.set(12, "");
                default -> throw new IllegalStateException(kind);
            }
            badRows.add(i + 2);
            expectedField.put(i + 2, kind.replaceAll("-.*", ""));
        }
        long before = total(api, t.root);
        long started = System.nanoTime();
        Api.Reply dry = api.post("imports/admissions?dryRun=true&run=it-" + prefix, XLSX, xlsx(HEADERS, rows));
        long dryMillis = (System.nanoTime() - started) / 1_000_000;
        assertProblem(dry, 422, null);
        Map<Integer, List<String>> errors = errorsByRow(dry);
        assertEquals(badRows, new TreeSet<>(errors.keySet()), dry::toString);
        assertEquals(20, dry.json().getJsonArray("errors").size(), dry::toString);
        errors.forEach((row, list) -> assertTrue(list.get(0).startsWith(expectedField.get(row) + ":"), row + " " + list));
        assertEquals(List.of("Ghi chú riêng"), dry.json().getJsonArray("unknownColumns").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(5000, dry.json().getInt("rows"));
        assertEquals(before, total(api, t.root), "nothing committed");

        Api.Reply badCommit = api.post("imports/admissions?dryRun=false", XLSX, xlsx(HEADERS, rows));
        assertProblem(badCommit, 422, null);
        assertEquals(before, total(api, t.root), "a file with errors commits nothing");

        JsonObject run = api.get("imports/runs").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals("it-" + prefix)).findFirst().orElseThrow();
        assertEquals("DONE", run.getString("state"));
        assertEquals(5000, run.getInt("rowsRead"));

        started = System.nanoTime();
        Api.Reply done = api.post("imports/admissions?dryRun=false", XLSX, xlsx(HEADERS, corrected));
        long commitMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, done.status(), done::toString);
        assertTrue(done.json().getBoolean("committed"));
        assertEquals(before + 5000, total(api, t.root));
        System.out.println("ImportsIT: 5.000 rows, dry run with 20 errors " + dryMillis + " ms, commit " + commitMillis + " ms");
    }

    @Test
    void oversizeFileIs413AndWrongTypeIs415() throws IOException {
        Api api = new Api(base);
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertProblem(api.post("imports/admissions?dryRun=true", "text/csv", big), 413, null);
        assertProblem(api.post("imports/admissions?dryRun=true", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), 415, null);
        // declared XLSX, but it is text; and an XLSX declared as CSV
        assertProblem(api.post("imports/admissions?dryRun=true", XLSX, "Họ và tên;Ngày sinh\n".getBytes(StandardCharsets.UTF_8)), 415, null);
        assertProblem(api.post("imports/admissions?dryRun=true", "text/csv", xlsx(HEADERS, List.of())), 415, null);
        assertProblem(api.post("imports/no-such-kind?dryRun=true", "text/csv", "a\n".getBytes(StandardCharsets.UTF_8)), 404, null);
        // a required column missing is one clear error, not one per row
        Api.Reply missing = api.post("imports/admissions?dryRun=true", "text/csv", "Họ và tên,Ngày sinh\nA,01/01/1990\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(missing, 400, "file");
        assertTrue(missing.json().getString("detail").contains("'Dân tộc'"), missing::toString);
    }

    @Test
    void templateOpensWithTheHeadersAndCodeLists() throws IOException {
        Api.Reply r = new Api(base).get("imports/admissions/template.xlsx");
        assertEquals(200, r.status(), r::toString);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertTrue(headers.containsAll(List.of("Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Mã tổ chức",
                    "Số quyết định", "Ngày quyết định", "Số giấy chứng nhận bồi dưỡng nhận thức về Đảng",
                    "Lý do không có giấy chứng nhận hợp lệ")), headers::toString);
            assertEquals("Giàng Thị Mai", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertTrue(wb.isSheetHidden(1));
            assertFalse(wb.getSheetAt(0).getDataValidations().isEmpty());
            List<String> lists = new ArrayList<>();
            wb.getSheetAt(1).forEach(row -> row.forEach(c -> lists.add(c.getStringCellValue())));
            assertTrue(lists.containsAll(List.of("Nam", "Nữ", "Mông (H'mông)", "Kinh (Việt)", "Nông dân")), lists::toString);
        }
        Api.Reply targets = new Api(base).get("imports/targets/template.xlsx");
        assertEquals(200, targets.status());
    }

    /**
     * Round trip: admissions imported into one test tree are exported; the export re-imported into the same tree is
     * recognised row by row as the same records (duplicates), and, with the organisation codes and decision numbers
     * mapped, imports into a second tree whose export then equals the first cell by cell.
     */
    @Test
    void exportReimportsUnchanged() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(good(i, i % 2 == 0 ? t.cell : t.commune, prefix + "-" + i + "/QĐ"));
        }
        assertEquals(200, api.post("imports/admissions", XLSX, xlsx(HEADERS, rows)).status());
        Api.Reply export = api.get("admissions.xlsx?org=" + t.root + "&year=2024");
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.contentType().startsWith(XLSX));

        Api.Reply same = api.post("imports/admissions?dryRun=true", XLSX, export.bytes());
        assertProblem(same, 422, null);
        assertEquals(30, same.json().getInt("rows"));
        assertEquals(30, same.json().getInt("rowsWithErrors"), "each exported row is found again as an existing record");
        assertTrue(same.json().getJsonArray("unknownColumns").isEmpty());

        TestTree t2 = TestTree.create(api);
        byte[] mapped = map(export.bytes(), v -> v.replace(t.root, t2.root).replace(prefix + "-", "B" + prefix + "-"));
        Api.Reply imported = api.post("imports/admissions", XLSX, mapped);
        assertEquals(200, imported.status(), imported::toString);
        List<List<String>> second = cells(api.get("admissions.xlsx?org=" + t2.root + "&year=2024").bytes());
        List<List<String>> first = cells(export.bytes(), v -> v.replace(t.root, t2.root).replace(prefix + "-", "B" + prefix + "-"));
        assertEquals(31, first.size());
        assertEquals(first, second);
    }

    /** The spreadsheet with every text cell mapped (codes of one tree to another's, decision numbers to new ones). */
    private static byte[] map(byte[] export, java.util.function.UnaryOperator<String> mapping) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        c.setCellValue(mapping.apply(c.getStringCellValue()));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        return cells(xlsx, v -> v);
    }

    /**
     * The cells of the first sheet as displayed, each text mapped, data rows sorted. (Expected values are taken from the
     * original file: POI, rewriting an inline-string cell, keeps the old text beside the new one and reads the old.)
     */
    private static List<List<String>> cells(byte[] xlsx, java.util.function.UnaryOperator<String> mapping) throws IOException {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        List<List<String>> all = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < wb.getSheetAt(0).getRow(0).getLastCellNum(); c++) {
                    cells.add(mapping.apply(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c))));
                }
                all.add(cells);
            }
        }
        all.subList(1, all.size()).sort(java.util.Comparator.comparing(r -> String.join("|", r)));
        return all;
    }

    /** An admission row needs a valid awareness-course certificate or a reason; a number that is no certificate is a row error. */
    @Test
    void admissionRowsNeedACertificateOrAReason() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String n = UUID.randomUUID().toString().substring(0, 8);
        String head = "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Giáo dục phổ thông,Trình độ chuyên môn,Nghề nghiệp,Mã tổ chức,Số quyết định,"
                + "Ngày quyết định,Số GCN NTVĐ,Lý do không có GCN hợp lệ\n";
        String person = "Lò Văn Páo,Nam,02/03/1995,Thái,Trung học phổ thông,Đại học,Công nhân," + t.cell + "," + n + "/QĐ,20/05/2024,";
        Api.Reply none = api.post("imports/admissions?dryRun=true", "text/csv", (head + person + ",\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(none, 422, null);
        assertEquals("awarenessCertificateNumber", none.json().getJsonArray("errors").getJsonObject(0).getString("field"), none::toString);
        Api.Reply unknown = api.post("imports/admissions?dryRun=true", "text/csv",
                (head + person + "KHONG-CO-" + n + ",\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(unknown, 422, null);
        assertEquals("awarenessCertificateNumber", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"), unknown::toString);
        Api.Reply reason = api.post("imports/admissions", "text/csv",
                (head + person + "KHONG-CO-" + n + "," + TestTree.TEST_OVERRIDE + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reason.status(), reason::toString);
        JsonObject a = api.get("admissions?org=" + t.root).json().getJsonArray("items").getJsonObject(0);
        assertEquals("OVERRIDDEN", a.getString("awarenessCertificateStatus"), a::toString);
        assertEquals(TestTree.TEST_OVERRIDE, a.getString("certificateOverrideReason"), a::toString);
    }

    /**
     * Issue #15 §2.1: as namma.staff (LC-VB-NM), a dry run naming a Bảo Thắng person, decision number and certificate
     * learns nothing about them: no duplicate, no record id, a wrong holder answered as a number never issued.
     */
    @Test
    void aDryRunIsNoOracleOfAnotherDistrictsAdmissionsAndCertificates() {
        JsonObject bt = new Api(base).get("admissions?org=LC-BT&year=2024&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("awarenessCertificateStatus").equals("VERIFIED"))
                .findFirst().orElseThrow();
        String id = bt.getJsonNumber("id").toString();
        String born = LocalDate.parse(bt.getString("birthDate")).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String otherBirth = LocalDate.parse(bt.getString("birthDate")).plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String n = UUID.randomUUID().toString().substring(0, 8);
        String head = "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Giáo dục phổ thông,Trình độ chuyên môn,Nghề nghiệp,Mã tổ chức,Số quyết định,"
                + "Ngày quyết định,Số GCN NTVĐ,Lý do không có GCN hợp lệ\n";
        String tail = ",Thái,Trung học phổ thông,Đại học,Công nhân,";
        String csv = head
                // the Bảo Thắng person in its own cell: only the organisation is refused (no "already admitted as no. …")
                + bt.getString("fullName") + ",Nữ," + born + tail + bt.getString("organizationCode") + "," + n + "/A,20/05/2024,,"
                + TestTree.TEST_OVERRIDE + "\n"
                // Bảo Thắng's decision number in Nậm Mả: not seen
                + "Lò Văn Páo,Nam,02/03/1995" + tail + "LC-VB-NM-NM," + bt.getString("decisionNumber") + ",20/05/2024,,"
                + TestTree.TEST_OVERRIDE + "\n"
                // Bảo Thắng's certificate with a wrong birth date, and a number never issued: the same answer
                + bt.getString("fullName") + ",Nữ," + otherBirth + tail + "LC-VB-NM-NM," + n + "/C,20/05/2024,"
                + bt.getString("awarenessCertificateNumber") + ",\n"
                + "Vàng Thị Dợ,Nữ,04/05/1996" + tail + "LC-VB-NM-NM," + n + "/D,20/05/2024,KHONG-CO-" + n + ",\n";
        Api.Reply r = Api.as(base, "namma.staff").post("imports/admissions?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertProblem(r, 422, null);
        Map<Integer, List<String>> byRow = errorsByRow(r);
        assertEquals(List.of("organizationCode: Không tìm thấy tổ chức đảng có mã " + bt.getString("organizationCode") + "."),
                byRow.get(2), r::toString);
        assertFalse(byRow.containsKey(3), r::toString);
        assertEquals(byRow.get(5).get(0).replace("KHONG-CO-" + n, bt.getString("awarenessCertificateNumber")),
                byRow.get(4).get(0), "a holder elsewhere answers like no holder: " + r);
        String issued = LocalDate.parse(bt.getString("awarenessCertificateIssuedOn"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertFalse(r.text().contains("số " + id) || r.text().contains(issued), r::toString);
        // the same rows by the system administrator do see them
        Api.Reply all = new Api(base).post("imports/admissions?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(errorsByRow(all).get(3).toString().contains("hồ sơ kết nạp số " + id), all::toString);
    }

    @Test
    void rowsOutsideTheCallersScopeAreRowErrorsAndFormsUpload() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String csv = "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Giáo dục phổ thông,Trình độ chuyên môn,Nghề nghiệp,Mã tổ chức,Số quyết định,Ngày quyết định,Lý do không có giấy chứng nhận hợp lệ\n"
                + "Lò Văn Páo,Nam,02/03/1995,Thái,Trung học phổ thông,Đại học,Công nhân," + t.cell + "," + UUID.randomUUID() + ",20/05/2024,"
                + TestTree.TEST_OVERRIDE + "\n";
        String boundary = "----ptdv" + UUID.randomUUID();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ds.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + boundary + "--\r\n";
        Api.Reply r = Api.as(base, "baothang.staff").post("imports/admissions?dryRun=true",
                "multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8));
        assertProblem(r, 422, null);
        assertEquals("organizationCode", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(r.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("Không tìm thấy tổ chức"));
        assertFalse(r.text().contains("Bản Một"), "nothing of the other tree is shown");
        // the same form by the system administrator passes the dry run
        Api.Reply ok = api.post("imports/admissions?dryRun=true", "multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.status(), ok::toString);
        // a report viewer may not import
        assertProblem(Api.as(base, "lc.viewer").post("imports/admissions?dryRun=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 403, null);
    }

    @Test
    void targetsImport() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String csv = "Mã tổ chức,Tên tổ chức,Năm,Chỉ tiêu kết nạp,Ghi chú\n"
                + t.commune + ",Đảng bộ xã,2025,12,\n" + t.cell + ",Chi bộ,2025,5,đăng ký đầu năm\n" + t.cell + ",Chi bộ,2025,6,\n";
        Api.Reply dup = api.post("imports/targets", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertProblem(dup, 422, null);
        assertEquals(4, dup.json().getJsonArray("errors").getJsonObject(0).getInt("row"));
        assertEquals(404, api.get("organizations/" + t.cell + "/targets/2025").status(), "nothing registered");
        Api.Reply ok = api.post("imports/targets", "text/csv", csv.substring(0, csv.lastIndexOf(t.cell)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(5, api.get("organizations/" + t.cell + "/targets/2025").json().getInt("admissions"));
        assertEquals(12, api.get("organizations/" + t.commune + "/targets/2025").json().getInt("admissions"));

        // the export of the commune and its cells re-imports unchanged: the same values again adjust nothing
        Api.Reply export = api.get("targets.xlsx?org=" + t.commune + "&year=2025");
        assertEquals(200, export.status(), export::toString);
        List<List<String>> cells = cells(export.bytes());
        assertEquals(List.of(List.of(t.cell, "Chi bộ thôn Bản Một", "2025", "5", ""), List.of(t.commune, "Đảng bộ xã Nậm Thử", "2025", "12", "")),
                cells.subList(1, cells.size()));
        Api.Reply again = api.post("imports/targets?dryRun=true", XLSX, export.bytes());
        assertEquals(200, again.status(), again::toString);
        assertEquals(2, again.json().getInt("rows"));
        assertTrue(again.json().getJsonArray("unknownColumns").isEmpty());
    }

    /** Organisations: an exported subtree, with its codes mapped to a new root, imports (parents from the same file). */
    @Test
    void organizationsExportReimportsIntoANewTree() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        Api.Reply export = api.get("organizations.xlsx?org=" + t.root + "&date=2024-12-31");
        assertEquals(200, export.status(), export::toString);
        String root = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        byte[] mapped = map(export.bytes(), v -> v.replace(t.root, root));
        assertEquals(6, cells(export.bytes()).size());

        Api.Reply dry = api.post("imports/organizations?dryRun=true", XLSX, mapped);
        assertEquals(200, dry.status(), dry::toString);
        assertEquals(5, dry.json().getInt("rows"));
        assertEquals(404, api.get("organizations/" + root).status(), "a dry run leaves nothing behind");

        Api.Reply done = api.post("imports/organizations", XLSX, mapped);
        assertEquals(200, done.status(), done::toString);
        assertEquals(cells(export.bytes(), v -> v.replace(t.root, root)),
                cells(api.get("organizations.xlsx?org=" + root + "&date=2024-12-31").bytes()));
        String csv = "Mã tổ chức,Tên tổ chức,Loại tổ chức,Mã tổ chức cấp trên,Ngày hiệu lực\n"
                + root + "-C9,Chi bộ thôn Chín,Chi bộ trực thuộc," + root + "-HA-XA,01/01/2025\n"
                + root + "-C9,Chi bộ thôn Chín B,Chi bộ trực thuộc," + root + "-HA-XA,01/01/2025\n"
                + root + "-C8,Chi bộ thôn Tám,Chi bộ trực thuộc," + root + "-KHONG-CO,01/01/2025\n";
        Api.Reply bad = api.post("imports/organizations", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertProblem(bad, 422, null);
        assertEquals(java.util.Set.of(3, 4), errorsByRow(bad).keySet(), bad::toString);

        assertEquals(404, api.get("organizations/" + root + "-C9").status(), "the rejected file left nothing");
    }

    /**
     * Class results (kết quả học tập) as a political centre keeps them: users' own headers, scores with a decimal comma,
     * grades by label, absences by date. Every kind of bad row is reported at once and nothing is written; the corrected
     * file commits in one go; the class's export re-imports unchanged; a class outside the caller's scope is a row error.
     */
    @Test
    void classResultsImport() throws IOException {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String sessions = "[{\"date\":\"2024-03-04\",\"topicOrder\":1},{\"date\":\"2024-03-05\",\"topicOrder\":2},"
                + "{\"date\":\"2024-03-06\",\"topicOrder\":3}]";
        Api.Reply created = api.post("training/classes", TrainingIT.classBody(t, "146-HD/BTGTU", "2024-03-04", "2024-03-08", sessions));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        String cls = "training/classes/" + id;
        Api.Reply added = api.post(cls + "/learners", "{\"learners\":[" + TrainingIT.learner("Sùng Thị Sua", "2000-02-14", "FEMALE", "08", t.cell)
                + "," + TrainingIT.learner("Vàng Văn Chứ", "1992-07-07", "MALE", "01", t.cell2)
                + "," + TrainingIT.learner("Lò Thị Dung", "2001-09-30", "FEMALE", "03", t.cell) + "]}");
        assertEquals(201, added.status(), added::toString);

        String head = "Lớp số;Họ tên;Ngày sinh;Vắng;Điểm thu hoạch;Xếp loại\n";
        String bad = head
                + id + ";Sùng Thị Sua;14/02/2000;05/03/2024;8,5;Giỏi\n"           // 2 good
                + id + ";Nguyễn Không Có;01/01/1990;;7;\n"                          // 3 not a learner of the class
                + id + ";Vàng Văn Chứ;07/07/1992;;7;Giỏi\n"                           // 4 score 7 is Khá, not Giỏi
                + id + ";sùng thị sua;14/02/2000;;9;\n"                            // 5 Mai twice
                + id + ";Lò Thị Dung;30/09/2001;10/03/2024;6;\n"                    // 6 no session on 10/03
                + (id + 999_999) + ";Lò Thị Dung;30/09/2001;;6;\n"                  // 7 no such class
                + id + ";Lò Thị Dung;30/09/2001;;mười;\n"                           // 8 not a number
                + id + ";Lò Thị Dung;;;6;Xuất sắc\n";                               // 9 no birth date, unknown grade
        Api.Reply dry = api.post("imports/class-results?dryRun=true", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertProblem(dry, 422, null);
        Map<Integer, List<String>> errors = errorsByRow(dry);
        assertEquals(java.util.Set.of(3, 4, 5, 6, 7, 8, 9), errors.keySet(), dry::toString);
        assertTrue(errors.get(3).get(0).startsWith("fullName: Không có học viên Nguyễn Không Có"), errors::toString);
        assertTrue(errors.get(4).get(0).startsWith("grade: Điểm 7 tương ứng xếp loại Khá"), errors::toString);
        assertTrue(errors.get(5).get(0).contains("có hai dòng kết quả"), errors::toString);
        assertTrue(errors.get(6).get(0).startsWith("absentOn: Lớp không có buổi học ngày 10/03/2024"), errors::toString);
        assertTrue(errors.get(7).get(0).startsWith("classId: Không tìm thấy lớp"), errors::toString);
        assertTrue(errors.get(8).get(0).startsWith("score: "), errors::toString);
        assertEquals(2, errors.get(9).size(), errors::toString);
        assertEquals("Lớp số", dry.json().getJsonArray("errors").getJsonObject(4).getString("column"), dry::toString);
        for (JsonValue v : api.get(cls + "/learners").array()) {
            assertTrue(v.asJsonObject().isNull("grade"), "the dry run wrote nothing: " + v);
        }
        // the same errors without dryRun: still nothing written
        assertProblem(api.post("imports/class-results", "text/csv", bad.getBytes(StandardCharsets.UTF_8)), 422, null);
        for (JsonValue v : api.get(cls + "/learners").array()) {
            assertTrue(v.asJsonObject().isNull("grade") && v.asJsonObject().getJsonArray("absentSessionIds").isEmpty(), v::toString);
        }

        String good = head
                + id + ";Sùng Thị Sua;14/02/2000;05/03/2024;8,5;Giỏi\n"
                + id + ";Vàng Văn Chứ;07/07/1992;\"04/03/2024; 06/03/2024\";4;Không đạt\n"
                + id + ";Lò Thị Dung;30/09/2001;;6;\n";
        Api.Reply ok = api.post("imports/class-results", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.status(), ok::toString);
        assertTrue(ok.json().getBoolean("committed"));
        JsonArray learners = api.get(cls + "/learners").array();
        Map<String, String> grades = new TreeMap<>();
        Map<String, Integer> absences = new TreeMap<>();
        for (JsonValue v : learners) {
            grades.put(v.asJsonObject().getString("fullName"), v.asJsonObject().getString("grade"));
            absences.put(v.asJsonObject().getString("fullName"), v.asJsonObject().getJsonArray("absentSessionIds").size());
        }
        assertEquals(Map.of("Sùng Thị Sua", "GIOI", "Vàng Văn Chứ", "KHONG_DAT", "Lò Thị Dung", "TRUNG_BINH"), grades);
        assertEquals(Map.of("Sùng Thị Sua", 1, "Vàng Văn Chứ", 2, "Lò Thị Dung", 0), absences);

        // export → import unchanged
        Api.Reply export = api.get(cls + "/results.xlsx");
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.contentType().startsWith(XLSX));
        List<List<String>> before = cells(export.bytes());
        assertEquals(List.of("Mã lớp", "Mã học viên", "Họ và tên", "Ngày sinh", "Đơn vị", "Vắng các buổi", "Điểm", "Xếp loại"), before.get(0));
        List<String> hai = before.stream().filter(r -> r.get(2).equals("Vàng Văn Chứ")).findFirst().orElseThrow();
        assertEquals(List.of(Long.toString(id), Long.toString(TrainingIT.idOf(learners, "Vàng Văn Chứ")), "Vàng Văn Chứ", "07/07/1992",
                "Chi bộ thôn Bản Hai", "04/03/2024; 06/03/2024", "4", "Không đạt"), hai, before::toString);
        Api.Reply again = api.post("imports/class-results?dryRun=true", XLSX, export.bytes());
        assertEquals(200, again.status(), again::toString);
        assertEquals(3, again.json().getInt("rows"));
        assertTrue(again.json().getJsonArray("unknownColumns").isEmpty());
        assertEquals(200, api.post("imports/class-results", XLSX, export.bytes()).status());
        assertEquals(before, cells(api.get(cls + "/results.xlsx").bytes()));

        // a learner number that does not match the row's name is refused
        byte[] swapped = map(export.bytes(), v -> v.equals("Vàng Văn Chứ") ? "Lò Thị Dung" : v);
        Api.Reply mismatch = api.post("imports/class-results?dryRun=true", XLSX, swapped);
        assertProblem(mismatch, 422, null);
        assertEquals(1, mismatch.json().getJsonArray("errors").size(), mismatch::toString);
        assertEquals("fullName", mismatch.json().getJsonArray("errors").getJsonObject(0).getString("field"), mismatch::toString);
        assertTrue(mismatch.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("không khớp"), mismatch::toString);

        // the political centre of another district does not see this class; a report viewer may not import
        Api.Reply outside = Api.as(base, "ttct.baothang").post("imports/class-results?dryRun=true", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertProblem(outside, 422, null);
        assertEquals("classId", outside.json().getJsonArray("errors").getJsonObject(0).getString("field"), outside::toString);
        assertFalse(outside.text().contains("Sùng Thị Sua"), "nothing of the class is shown");
        assertProblem(Api.as(base, "lc.viewer").post("imports/class-results?dryRun=true", "text/csv", good.getBytes(StandardCharsets.UTF_8)), 403, null);
        assertProblem(Api.as(base, "ttct.baothang").get(cls + "/results.xlsx"), 404, null);

        Api.Reply template = api.get("imports/class-results/template.xlsx");
        assertEquals(200, template.status(), template::toString);
        assertEquals(before.get(0), cells(template.bytes()).get(0));
    }
}
