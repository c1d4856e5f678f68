package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
}
