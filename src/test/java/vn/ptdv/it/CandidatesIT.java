package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A candidate walked over the API in a tree of its own: from the pool through the awareness step and every dossier
 * step to the admission (pre-filled from the candidate), and one stopped; each rule refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidatesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static String person(String name, String cell, String extra) {
        return "{\"fullName\":\"" + name + "\",\"gender\":\"FEMALE\",\"birthDate\":\"1999-03-08\",\"ethnicityCode\":\"08\","
                + "\"generalEducation\":\"UPPER_SECONDARY\",\"professionalQualification\":\"COLLEGE\",\"occupation\":\"FARMER\","
                + "\"youthUnionMember\":true,\"organizationCode\":\"" + cell + "\",\"helpers\":\"Lò Văn Giúp, Vàng A Đỡ\"" + extra + "}";
    }

    static String step(LocalDate d) {
        return "{\"date\":\"" + d + "\"}";
    }

    @Test
    void fromThePoolToAnOfficialAdmission() {
        Api admin = new Api(base);
        TestTree tree = TestTree.create(admin);
        LocalDate start = LocalDate.now().minusDays(90);
        // bad input: 400 for shape, 422 for rules, 404 outside scope
        assertEquals(400, admin.post("candidates", "{\"gender\":\"FEMALE\"}").status());
        Api.Reply young = admin.post("candidates", person("Giàng Thị Nhỏ", tree.cell, ",\"birthDate\":\"" + LocalDate.now().minusYears(15) + "\"")
                .replace("\"birthDate\":\"1999-03-08\",", ""));
        assertEquals(422, young.status(), young::toString);
        assertEquals(404, Api.as(base, "namma.staff").post("candidates", person("Giàng Thị Ngoài", tree.cell, "")).status());

        Api.Reply created = admin.post("candidates", person("Giàng Thị Mai Hoa", tree.cell, ",\"addedOn\":\"" + start.minusDays(30) + "\""));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("POOL", created.json().getString("state"));
        assertEquals("APPLICATION", created.json().getString("nextStep"));

        // the awareness step: a certificate that does not exist is refused; a recorded reason goes on (as admissions do)
        Api.Reply cert = admin.post("candidates/" + id + "/awareness", "{\"certificateNumber\":\"KHONG-CO-9999\"}");
        assertEquals(422, cert.status(), cert::toString);
        assertEquals(400, admin.post("candidates/" + id + "/awareness", "{}").status());
        assertEquals("AWARENESS", admin.post("candidates/" + id + "/awareness",
                "{\"overrideReason\":\"Lớp nhận thức của huyện mở tháng sau (kiểm thử)\"}").json().getString("state"));

        // the steps in order, each on or after the one before
        Api.Reply outOfOrder = admin.put("candidates/" + id + "/dossier/BACKGROUND", step(start));
        assertEquals(422, outOfOrder.status(), outOfOrder::toString);
        assertTrue(outOfOrder.text().contains("1-KNĐ"), outOfOrder::toString);
        assertEquals(400, admin.put("candidates/" + id + "/dossier/NO_SUCH_STEP", step(start)).status());
        assertEquals(200, admin.put("candidates/" + id + "/dossier/APPLICATION", step(start)).status());
        assertEquals(422, admin.put("candidates/" + id + "/dossier/BACKGROUND", step(start.minusDays(1))).status());
        String[] next = {"BACKGROUND", "VERIFICATION", "INTRODUCTION", "MASS_OPINION"};
        for (int i = 0; i < next.length; i++) {
            Api.Reply r = admin.put("candidates/" + id + "/dossier/" + next[i], step(start.plusDays(5L * (i + 1))));
            assertEquals(200, r.status(), r::toString);
        }
        LocalDate cellDay = start.plusDays(30);
        Api.Reply few = admin.put("candidates/" + id + "/dossier/CELL_RESOLUTION",
                "{\"date\":\"" + cellDay + "\",\"votesFor\":5,\"officialMembers\":9}");
        assertEquals(422, few.status(), few::toString);
        assertTrue(few.json().getJsonObject("errors").getString("votesFor").contains("hai phần ba"), few::toString);
        // not admitted before the committee's resolution
        Api.Reply early = admin.post("candidates/" + id + "/admission", "{\"decisionNumber\":\"" + tree.root
                + "/50-QĐ/ĐU\",\"decisionDate\":\"" + cellDay + "\"}");
        assertEquals(422, early.status(), early::toString);
        assertTrue(early.text().contains("6-KNĐ"), early::toString);
        assertEquals(200, admin.put("candidates/" + id + "/dossier/CELL_RESOLUTION",
                "{\"date\":\"" + cellDay + "\",\"votesFor\":7,\"officialMembers\":9}").status());
        JsonObject full = admin.put("candidates/" + id + "/dossier/COMMITTEE_RESOLUTION", step(cellDay.plusDays(7))).json();
        assertEquals("DOSSIER", full.getString("state"));
        assertTrue(!full.containsKey("nextStep") || full.isNull("nextStep"), full::toString);

        // the admission, pre-filled from the candidate
        Api.Reply before = admin.post("candidates/" + id + "/admission", "{\"decisionNumber\":\"" + tree.root
                + "/50-QĐ/ĐU\",\"decisionDate\":\"" + cellDay.plusDays(6) + "\"}");
        assertEquals(422, before.status(), before::toString);
        Api.Reply admitted = admin.post("candidates/" + id + "/admission", "{\"decisionNumber\":\"" + tree.root
                + "/50-QĐ/ĐU\",\"decisionDate\":\"" + cellDay.plusDays(10) + "\",\"ceremonyDate\":\"" + cellDay.plusDays(14) + "\"}");
        assertEquals(200, admitted.status(), admitted::toString);
        assertEquals("ADMITTED", admitted.json().getString("state"));
        long admissionId = admitted.json().getJsonNumber("admissionId").longValue();
        JsonObject admission = admin.get("admissions/" + admissionId).json();
        assertEquals("Giàng Thị Mai Hoa", admission.getString("fullName"));
        assertEquals(tree.cell, admission.getString("organizationCode"));
        assertEquals(200, admin.get("probations/" + admissionId).status(), "on the probation list from its ceremony");
        assertEquals(422, admin.put("candidates/" + id + "/dossier/COMMITTEE_RESOLUTION", step(cellDay)).status());

        // a second candidate stops, with a reason
        long other = admin.post("candidates", person("Sùng Thị Dừng", tree.cell2, "")).json().getJsonNumber("id").longValue();
        assertEquals(400, admin.post("candidates/" + other + "/stop", "{}").status());
        assertEquals("STOPPED", admin.post("candidates/" + other + "/stop",
                "{\"reason\":\"Chuyển đi nơi khác (kiểm thử)\"}").json().getString("state"));
        assertEquals(422, admin.put("candidates/" + other + "/dossier/APPLICATION", step(LocalDate.now())).status());

        // lists and counts
        JsonObject list = admin.get("candidates?org=" + tree.root + "&state=ADMITTED").json();
        assertEquals(1, list.getInt("total"));
        assertEquals(1, list.getJsonObject("counts").getInt("STOPPED"));
        assertEquals(1, admin.get("candidates?org=" + tree.root + "&q=mai%20hoa").json().getInt("total"), "no diacritics");
        assertEquals(2, admin.get("candidates?org=" + tree.commune).json().getInt("total"));
        assertEquals(1, admin.get("candidates/counts?org=" + tree.root).json().getInt("ADMITTED"));
        assertEquals(404, Api.as(base, "namma.staff").get("candidates/" + id).status());
        assertEquals(404, Api.as(base, "namma.staff").get("candidates?org=" + tree.root).status());
        assertEquals(403, Api.as(base, "lc.viewer").get("candidates?org=LC").status());
        assertEquals(200, Api.as(base, "lc.viewer").get("candidates/counts?org=LC").status());
    }

    static long id(Api.Reply r) {
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    static JsonObject unit(JsonArray units, String code) {
        for (JsonValue v : units) {
            if (v.asJsonObject().getString("organizationCode").equals(code)) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError(code + " not in " + units);
    }

    /**
     * Ghi danh từ danh sách: an awareness class of the district takes candidates of its pool (every refusal named by its
     * index, nothing written), the certificate it issues moves the candidate on; a learner removed, or not certified when
     * the class closes, waits again. The per-cell counts and both named lists follow.
     */
    @Test
    void anAwarenessClassEnrolsFromThePoolAndItsCertificateReachesTheCandidate() throws Exception {
        Api admin = new Api(base);
        TestTree tree = TestTree.create(admin);
        long nhan = id(admin.post("candidates", person("Lò Thị Nhận", tree.cell, "")));
        long thuc = id(admin.post("candidates", person("Vàng Thị Thức", tree.cell2, "")));
        long ve = id(admin.post("candidates", person("Sùng Thị Về", tree.cell2, "")));
        long other = id(admin.post("candidates", person("Hầu Thị Khác", tree.cell2, "")));
        admin.post("candidates/" + other + "/awareness", "{\"overrideReason\":\"Đã học ở nơi cũ (kiểm thử)\"}");
        TestTree elsewhere = TestTree.create(admin);
        long outside = id(admin.post("candidates", person("Giàng Thị Xa", elsewhere.cell, "")));

        LocalDate start = LocalDate.now().minusDays(21);
        LocalDate end = start.plusDays(4);
        String sessions = "[{\"date\":\"" + start + "\",\"topicOrder\":1},{\"date\":\"" + start.plusDays(1) + "\",\"topicOrder\":2}]";
        String cls = "training/classes/" + id(admin.post("training/classes", TrainingIT.classBody(tree, "146-HD/BTGTU",
                start.toString(), end.toString(), sessions)));
        JsonArray pool = admin.get(cls + "/pool").array();
        assertEquals(3, pool.size(), pool::toString);
        assertEquals("Lò Thị Nhận", pool.getJsonObject(0).getString("fullName"), "in Vietnamese name order");

        Api.Reply refused = admin.post(cls + "/candidates", "{\"candidateIds\":[" + nhan + "," + nhan + "," + other + ","
                + outside + ",999999999]}");
        assertEquals(422, refused.status(), refused::toString);
        JsonObject errors = refused.json().getJsonObject("errors");
        assertTrue(errors.getString("candidateIds[1]").contains("hai lần"), refused::toString);
        assertTrue(errors.getString("candidateIds[2]").contains("đã học lớp nhận thức"), refused::toString);
        assertTrue(errors.getString("candidateIds[3]").contains("không thuộc tổ chức đảng mở lớp"), refused::toString);
        assertTrue(errors.getString("candidateIds[4]").contains("Không tìm thấy"), refused::toString);
        assertFalse(errors.containsKey("candidateIds[0]"), refused::toString);
        assertEquals(0, admin.get(cls + "/learners").array().size(), "nothing written");
        assertEquals(400, admin.post(cls + "/candidates", "{\"candidateIds\":[]}").status());
        assertEquals(403, Api.as(base, "lc.viewer").post(cls + "/candidates", "{\"candidateIds\":[" + nhan + "]}").status());

        Api.Reply enrolled = admin.post(cls + "/candidates", "{\"candidateIds\":[" + nhan + "," + thuc + "," + ve + "]}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        assertEquals(3, enrolled.array().size());
        assertEquals(nhan, enrolled.array().getJsonObject(0).getJsonNumber("candidateId").longValue());
        assertEquals(tree.cell, enrolled.array().getJsonObject(0).getString("nominatingOrgCode"));
        JsonObject attending = admin.get("candidates/" + nhan).json();
        assertTrue(attending.getString("awarenessClass").contains("lớp bồi dưỡng nhận thức về Đảng"), attending::toString);
        assertEquals("POOL", attending.getString("state"));
        assertTrue(admin.get(cls + "/pool").array().stream().allMatch(p -> p.asJsonObject().containsKey("attending")
                && !p.asJsonObject().isNull("attending")), "all three attend now");
        Api.Reply again = admin.post(cls + "/candidates", "{\"candidateIds\":[" + thuc + "]}");
        assertEquals(422, again.status(), again::toString);
        assertTrue(again.json().getJsonObject("errors").getString("candidateIds[0]").contains("đang học"), again::toString);

        // a learner removed before the certificates waits again
        JsonArray learners = admin.get(cls + "/learners").array();
        assertEquals(204, admin.delete(cls + "/learners/" + TrainingIT.idOf(learners, "Sùng Thị Về")).status());
        JsonObject back = admin.get("candidates/" + ve).json();
        assertTrue(!back.containsKey("awarenessClass") || back.isNull("awarenessClass"), back::toString);
        assertEquals(422, admin.post("training/classes/" + id(admin.post("training/classes", TrainingIT.classBody(tree,
                "147-HD/BTGTU", start.toString(), end.toString(), "[]"))) + "/candidates", "{\"candidateIds\":[" + ve + "]}")
                .status(), "a new-member class takes admissions, not candidates");

        // results and certificates: the one who passed is on to the dossier with the certificate's number
        Api.Reply results = admin.put(cls + "/results", "{\"results\":[{\"fullName\":\"Lò Thị Nhận\",\"birthDate\":\"1999-03-08\","
                + "\"score\":8},{\"fullName\":\"Vàng Thị Thức\",\"birthDate\":\"1999-03-08\",\"score\":3}]}");
        assertEquals(200, results.status(), results::toString);
        Api.Reply issued = admin.post(cls + "/certificates", "{\"issuedOn\":\"" + end + "\",\"numberPrefix\":\"NT-" + tree.root + "-\"}");
        assertEquals(201, issued.status(), issued::toString);
        JsonObject certified = admin.get("candidates/" + nhan).json();
        assertEquals("AWARENESS", certified.getString("state"), certified::toString);
        assertEquals("NT-" + tree.root + "-001", certified.getString("awarenessCertificateNumber"));
        assertEquals("APPLICATION", certified.getString("nextStep"));
        assertEquals("POOL", admin.get("candidates/" + thuc).json().getString("state"));
        assertEquals(200, admin.post(cls + "/closure", "").status());
        JsonObject failed = admin.get("candidates/" + thuc).json();
        assertTrue(!failed.containsKey("awarenessClass") || failed.isNull("awarenessClass"), "waits for a later class: " + failed);

        // per cell
        JsonArray units = admin.get("candidates/units?org=" + tree.root).array();
        assertEquals(2, units.size(), units::toString);
        assertEquals(1, unit(units, tree.cell).getJsonObject("counts").getInt("AWARENESS"));
        assertEquals(1, unit(units, tree.cell).getInt("total"));
        assertEquals("Chi bộ thôn Bản Một", unit(units, tree.cell).getString("organizationName"));
        assertEquals(2, unit(units, tree.cell2).getJsonObject("counts").getInt("POOL"));
        assertEquals(1, unit(units, tree.cell2).getJsonObject("counts").getInt("AWARENESS"));
        assertEquals(400, admin.get("candidates/units").status());
        assertEquals(404, Api.as(base, "namma.staff").get("candidates/units?org=" + tree.root).status());
        assertEquals(200, Api.as(base, "lc.viewer").get("candidates/units?org=LC").status(), "counts: every role");

        // the named lists, read back from the PDF
        Api.Reply list = admin.get("reports/candidate-list?org=" + tree.root + "&format=pdf");
        assertEquals(200, list.status(), list::toString);
        String text = TrainingReportsIT.pdfText(list.bytes(), "candidate-list");
        assertTrue(text.contains("DANH SÁCH"), text);
        assertTrue(text.contains("Tổng số: 4 quần chúng"), text);
        for (String name : new String[] {"Lò Thị Nhận", "Vàng Thị Thức", "Sùng Thị Về", "Hầu Thị Khác", "Lò Văn Giúp"}) {
            assertTrue(text.contains(name), name + " in " + text);
        }
        assertFalse(text.contains("Giàng Thị Xa"), "another tree's candidate");
        assertTrue(text.contains("Đã học lớp nhận thức"), text);
        String pool1 = TrainingReportsIT.pdfText(admin.get("reports/candidate-list?org=" + tree.cell2 + "&state=POOL&format=pdf")
                .bytes(), "candidate-list-pool");
        assertTrue(pool1.contains("Tổng số: 2 quần chúng") && pool1.contains("Vàng Thị Thức") && !pool1.contains("Lò Thị Nhận"), pool1);
        assertEquals(400, admin.get("reports/candidate-list?org=" + tree.root + "&state=ADMITTED").status());
        Api.Reply nominations = admin.get("reports/awareness-nominations?org=" + tree.root + "&format=pdf");
        assertEquals(200, nominations.status(), nominations::toString);
        String nom = TrainingReportsIT.pdfText(nominations.bytes(), "awareness-nominations");
        assertTrue(nom.contains("Vàng Thị Thức") && nom.contains("Sùng Thị Về"), nom);
        assertFalse(nom.contains("Lò Thị Nhận") || nom.contains("Hầu Thị Khác"), "those who hold the course: " + nom);
        for (String report : new String[] {"candidate-list", "awareness-nominations"}) {
            assertEquals(403, Api.as(base, "lc.viewer").get("reports/" + report + "?org=LC").status(), report);
            assertEquals(404, Api.as(base, "namma.staff").get("reports/" + report + "?org=" + tree.root).status(), report);
        }

        // làm lại hồ sơ: the steps are cleared with a reason, the certificate stays
        assertEquals(200, admin.put("candidates/" + nhan + "/dossier/APPLICATION", step(LocalDate.now().minusDays(2))).status());
        JsonObject begun = admin.get("candidates/" + nhan).json();
        assertEquals(LocalDate.now().minusDays(2).plusMonths(12).toString(), begun.getString("dossierValidUntil"));
        assertFalse(begun.getBoolean("renewalNeeded"));
        assertEquals(400, admin.post("candidates/" + nhan + "/renewal", "{}").status());
        JsonObject renewed = admin.post("candidates/" + nhan + "/renewal", "{\"reason\":\"Hồ sơ quá 12 tháng (kiểm thử)\"}").json();
        assertEquals("APPLICATION", renewed.getString("nextStep"), renewed::toString);
        assertEquals("NT-" + tree.root + "-001", renewed.getString("awarenessCertificateNumber"));
    }
}
