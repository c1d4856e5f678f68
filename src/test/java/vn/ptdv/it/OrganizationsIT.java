package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.text.Normalizer;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation tree over REST, end to end against the real server and Derby. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static List<String> codes(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
    }

    @Test
    void createGetChildrenAndSubtree() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        JsonObject cell = api.get("organizations/" + t.cell).json();
        assertEquals(t.cell, cell.getString("code"));
        assertEquals("Chi bộ thôn Bản Một", cell.getString("name"));
        assertEquals("CELL", cell.getString("kind"));
        assertEquals(t.commune, cell.getString("parentCode"));
        assertEquals("2015-01-01", cell.getString("validFrom"));
        assertEquals(JsonValue.NULL, cell.get("validTo"));

        JsonArray children = api.get("organizations/" + t.commune + "/children?date=2024-06-30").array();
        // Vietnamese order: "Bản Hai" before "Bản Một"
        assertEquals(List.of(t.cell2, t.cell), codes(children));
        assertEquals(List.of(t.root, t.district, t.commune, t.cell, t.cell2).size(),
                api.get("organizations/" + t.root + "/subtree?date=2024-06-30").array().size());
        assertEquals(0, api.get("organizations/" + t.commune + "/children?date=2010-01-01").status() == 404 ? 0 : 1);
    }

    @Test
    void searchIgnoresDiacriticsUnlessExact() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        JsonArray folded = api.get("organizations?q=" + Api.q("nam thu") + "&under=" + t.root).array();
        assertEquals(List.of(t.commune), codes(folded));
        JsonArray exact = api.get("organizations?q=" + Api.q("Nậm Thử") + "&exact=true&under=" + t.root).array();
        assertEquals(List.of(t.commune), codes(exact));
        JsonArray wrongMarks = api.get("organizations?q=" + Api.q("Nam Thu") + "&exact=true&under=" + t.root).array();
        assertEquals(0, wrongMarks.size());
        // a decomposed (NFD) query finds the NFC record
        String nfd = Normalizer.normalize("Nậm Thử", Normalizer.Form.NFD);
        assertEquals(List.of(t.commune), codes(api.get("organizations?q=" + Api.q(nfd) + "&exact=true&under=" + t.root).array()));
    }

    @Test
    void updateCloseAndReparentKeepHistory() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        Api.Reply updated = api.put("organizations/" + t.cell2, "{\"name\":\"Chi bộ thôn Bản Hai Mới\",\"kind\":\"CELL\"}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Chi bộ thôn Bản Hai Mới", updated.json().getString("name"));

        // a second commune, then move cell 1 under it from 2025-07-01
        Api.Reply commune2 = api.post("organizations", "{\"code\":\"" + t.district + "-XB\",\"name\":\"Đảng bộ xã Bản Mới\","
                + "\"kind\":\"GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2020-01-01\"}");
        assertEquals(201, commune2.status(), commune2::toString);
        Api.Reply moved = api.post("organizations/" + t.cell + "/reparent",
                "{\"newParentCode\":\"" + t.district + "-XB\",\"effectiveDate\":\"2025-07-01\"}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(t.district + "-XB", moved.json().getString("parentCode"));
        assertEquals("2025-07-01", moved.json().getString("validFrom"));
        // the tree of 2024 still has the cell under the old commune; the tree of 2026 has it under the new one
        assertTrue(codes(api.get("organizations/" + t.commune + "/children?date=2024-12-31").array()).contains(t.cell));
        assertTrue(!codes(api.get("organizations/" + t.commune + "/children?date=2026-01-01").array()).contains(t.cell));
        assertTrue(codes(api.get("organizations/" + t.district + "-XB/children?date=2026-01-01").array()).contains(t.cell));
        assertEquals(t.commune, api.get("organizations/" + t.cell + "?date=2024-12-31").json().getString("parentCode"));
        JsonObject history = api.get("organizations/" + t.cell + "/history").json();
        assertEquals(2, history.getJsonArray("records").size());
        assertEquals("REPARENT", history.getJsonArray("lineage").getJsonObject(0).getString("type"));

        // closing the commune closes its remaining cells the same day
        Api.Reply closed = api.post("organizations/" + t.commune + "/closure", "{\"lastDay\":\"2025-06-30\",\"reason\":\"Sáp nhập\"}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("2025-06-30", closed.json().getString("validTo"));
        assertEquals("2025-06-30", api.get("organizations/" + t.cell2 + "?date=2025-06-30").json().getString("validTo"));
        assertEquals(404, api.get("organizations/" + t.cell2 + "/children?date=2025-07-01").status());
    }

    @Test
    void mergeMovesUnitsUnderTheSuccessor() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        assertEquals(201, api.post("organizations", "{\"code\":\"" + t.district + "-XC\",\"name\":\"Đảng bộ xã Cốc\","
                + "\"kind\":\"GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2015-01-01\"}").status());
        Api.Reply merged = api.post("organizations/transitions", "{\"type\":\"MERGE\",\"effectiveDate\":\"2025-01-01\","
                + "\"predecessors\":[\"" + t.commune + "\",\"" + t.district + "-XC\"],"
                + "\"successors\":[{\"code\":\"" + t.district + "-XM\",\"name\":\"Đảng bộ xã Hợp Nhất\",\"kind\":\"GRASSROOTS_COMMITTEE\","
                + "\"parentCode\":\"" + t.district + "\"}],\"note\":\"Nghị quyết 1270/NQ-UBTVQH15\"}");
        assertEquals(200, merged.status(), merged::toString);
        List<String> children = codes(api.get("organizations/" + t.district + "-XM/children?date=2025-03-01").array());
        assertEquals(List.of(t.cell2, t.cell), children);
        assertEquals(2, api.get("organizations/" + t.cell + "/history").json().getJsonArray("records").size());
    }

    /**
     * Issue #15 §2.12: a scoped administrator's merge without parentCode cannot open a top-level committee, and the
     * history shows no lineage into another subtree.
     */
    @Test
    void transitionsAndHistoryStayInsideTheScope() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        String other = t.root + "-HB";
        assertEquals(201, api.post("organizations", "{\"code\":\"" + other + "\",\"name\":\"Đảng bộ huyện Bên Kia\","
                + "\"kind\":\"UPPER_GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + t.root + "\",\"validFrom\":\"2015-01-01\"}").status());
        assertEquals(201, api.post("organizations", "{\"code\":\"" + t.district + "-XC\",\"name\":\"Đảng bộ xã Cốc\","
                + "\"kind\":\"GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2015-01-01\"}").status());
        Api admin = TestTree.user(api, base, "ADMIN", t.district);
        String merge = "{\"type\":\"MERGE\",\"effectiveDate\":\"2025-01-01\",\"predecessors\":[\"" + t.commune + "\",\""
                + t.district + "-XC\"],\"successors\":[{\"code\":\"" + t.district + "-XM\",\"name\":\"Đảng bộ xã Hợp Nhất\","
                + "\"kind\":\"GRASSROOTS_COMMITTEE\"}],\"note\":\"Thử\"}";
        assertProblem(admin.post("organizations/transitions", merge), 403, null);
        assertEquals(200, api.get("organizations/" + t.commune + "?date=2025-06-01").status(), "nothing closed");
        assertEquals(404, api.get("organizations/" + t.district + "-XM").status(), "nothing opened");

        // the system administrator moves a cell into the other district: the district's administrator sees the old record only
        assertEquals(201, api.post("organizations", "{\"code\":\"" + other + "-XA\",\"name\":\"Đảng bộ xã Kia\","
                + "\"kind\":\"GRASSROOTS_COMMITTEE\",\"parentCode\":\"" + other + "\",\"validFrom\":\"2015-01-01\"}").status());
        assertEquals(200, api.post("organizations/" + t.cell + "/reparent", "{\"newParentCode\":\"" + other
                + "-XA\",\"effectiveDate\":\"2025-07-01\"}").status());
        JsonObject mine = admin.get("organizations/" + t.cell + "/history").json();
        assertEquals(1, mine.getJsonArray("records").size(), mine::toString);
        assertTrue(mine.getJsonArray("lineage").isEmpty(), mine::toString);
        assertFalse(mine.toString().contains(other), mine::toString);
        assertEquals(1, api.get("organizations/" + t.cell + "/history").json().getJsonArray("lineage").size());
    }

    @Test
    void membershipSumsOverTheSubtree() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        assertEquals(200, api.put("organizations/" + t.cell + "/membership/2024-12-31",
                "{\"total\":40,\"women\":13,\"minorities\":38,\"probationary\":6}").status());
        assertEquals(200, api.put("organizations/" + t.cell2 + "/membership/2024-12-31",
                "{\"total\":25,\"women\":7,\"minorities\":20,\"probationary\":2}").status());
        JsonObject m = api.get("organizations/" + t.commune + "/membership?date=2024-12-31").json();
        assertEquals(65, m.getJsonObject("subtree").getInt("total"));
        assertEquals(20, m.getJsonObject("subtree").getInt("women"));
        JsonObject own = api.get("organizations/" + t.cell + "/membership?date=2025-03-01").json().getJsonObject("own");
        assertEquals(40, own.getInt("total"));
        Api.Reply bad = api.put("organizations/" + t.cell + "/membership/2024-12-31",
                "{\"total\":10,\"women\":13,\"minorities\":0,\"probationary\":0}");
        assertEquals(400, bad.status());
        assertNotNull(bad.json().getJsonObject("errors").getString("women"));
    }

    @Test
    void badInputGetsProblemJsonAndChangesNothing() {
        Api api = new Api(base);
        TestTree t = TestTree.create(api);
        int before = api.get("organizations/" + t.root + "/subtree?date=2024-01-01").array().size();

        assertProblem(api.post("organizations", "{\"code\":\"lc bad\",\"name\":\"X\",\"kind\":\"CELL\",\"parentCode\":\"" + t.commune
                + "\",\"validFrom\":\"2020-01-01\"}"), 400, "code");
        assertProblem(api.post("organizations", "{\"code\":\"" + t.commune + "-T9\",\"name\":\"Chi bộ\",\"kind\":\"CELL\","
                + "\"parentCode\":\"" + t.district + "\",\"validFrom\":\"2020-01-01\"}"), 400, "kind");
        assertProblem(api.post("organizations", "{\"code\":\"" + t.commune + "-T9\",\"name\":\"Chi bộ\",\"kind\":\"CELL\","
                + "\"parentCode\":\"NO-SUCH\",\"validFrom\":\"2020-01-01\"}"), 400, "parentCode");
        assertProblem(api.post("organizations", "{\"code\":\"" + t.cell + "\",\"name\":\"Chi bộ\",\"kind\":\"CELL\","
                + "\"parentCode\":\"" + t.commune + "\",\"validFrom\":\"2020-01-01\"}"), 409, "code");
        assertProblem(api.post("organizations", "{\"code\":\"X1\",\"name\":\"Chi bộ\",\"kind\":\"NOT_A_KIND\"}"), 400, null);
        assertProblem(api.post("organizations", "{\"code\":\"X1\",\"name\":"), 400, null);
        assertProblem(api.post("organizations", "text/plain", "code=X1"), 415, null);
        assertProblem(api.get("organizations/NO-SUCH-ORG"), 404, null);
        assertProblem(api.get("organizations/" + t.root + "/children?date=31-12-2024"), 400, "date");
        assertProblem(api.delete("organizations/" + t.root), 405, null);

        assertEquals(before, api.get("organizations/" + t.root + "/subtree?date=2024-01-01").array().size());
    }

    static void assertProblem(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject p = reply.json();
        assertEquals(status, p.getInt("status"));
        assertTrue(p.getString("title").length() > 3);
        assertTrue(p.getString("detail").length() > 3);
        assertTrue(!reply.text().contains("java.") && !reply.text().contains("at vn.ptdv"), reply::toString);
        if (field != null) {
            assertNotNull(p.getJsonObject("errors").get(field), () -> field + " in " + p);
        }
    }
}
