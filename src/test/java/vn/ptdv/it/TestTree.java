package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.UUID;

/**
 * A small organisation tree of a test's own, under a fresh root code, so that tests which write never touch the demo
 * data (all IT classes share one database).
 */
public final class TestTree {

    public final String root;
    public final String district;
    public final String commune;
    public final String cell;
    public final String cell2;

    private TestTree(String root) {
        this.root = root;
        this.district = root + "-HA";
        this.commune = district + "-XA";
        this.cell = commune + "-T1";
        this.cell2 = commune + "-T2";
    }

    public static TestTree create(Api api) {
        TestTree t = new TestTree("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT));
        t.post(api, t.root, "Đảng bộ tỉnh Thử nghiệm", "PROVINCIAL_COMMITTEE", null);
        t.post(api, t.district, "Đảng bộ huyện Hà Thử", "UPPER_GRASSROOTS_COMMITTEE", t.root);
        t.post(api, t.commune, "Đảng bộ xã Nậm Thử", "GRASSROOTS_COMMITTEE", t.district);
        t.post(api, t.cell, "Chi bộ thôn Bản Một", "CELL", t.commune);
        t.post(api, t.cell2, "Chi bộ thôn Bản Hai", "CELL", t.commune);
        return t;
    }

    /**
     * A new account of {@code role} scoped to {@code scope}, created by {@code manager}, its temporary password already
     * changed: the client of that user.
     */
    public static Api user(Api manager, java.net.URL base, String role, String scope) {
        Credentials c = account(manager, base, role, scope);
        return Api.as(base, c.username(), c.password());
    }

    /** The sign-in of a test account, for clients other than {@link Api} (e.g. a generated one). */
    public record Credentials(String username, String password) {
    }

    /**
     * A new account of {@code role} scoped to {@code scope}, created by {@code manager}, its temporary password already
     * changed: its user name and password.
     */
    public static Credentials account(Api manager, java.net.URL base, String role, String scope) {
        String username = role.toLowerCase(Locale.ROOT).replace('_', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = manager.post("users", "{\"username\":\"" + username + "\",\"fullName\":\"Lò Văn Thử\",\"roles\":[\""
                + role + "\"],\"scope\":\"" + scope + "\"}");
        assertEquals(201, r.status(), r::toString);
        String temporary = r.json().getString("temporaryPassword");
        String chosen = "Mat-khau-" + UUID.randomUUID().toString().substring(0, 8) + "-9";
        Api.Reply changed = Api.as(base, username, temporary).post("auth/password", "{\"currentPassword\":\"" + temporary
                + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        return new Credentials(username, chosen);
    }

    private void post(Api api, String code, String name, String kind, String parent) {
        String json = "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\","
                + (parent == null ? "" : "\"parentCode\":\"" + parent + "\",") + "\"validFrom\":\"2015-01-01\"}";
        Api.Reply r = api.post("organizations", json);
        assertEquals(201, r.status(), r::toString);
    }

    /** The override reason test admissions carry unless they give a certificate (test trees hold no training class). */
    public static final String TEST_OVERRIDE = "Dữ liệu kiểm thử: cây tổ chức thử nghiệm không có lớp bồi dưỡng";

    /**
     * A valid admission body for the cell; {@code overrides} replace or add JSON members ("\"gender\":\"FEMALE\"").
     * Without an {@code awarenessCertificateNumber} or {@code certificateOverrideReason} member, the admission is
     * accepted with {@link #TEST_OVERRIDE} (pass "\"certificateOverrideReason\":null" to send none).
     */
    public String admission(String decisionNumber, String... overrides) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("fullName", "\"Giàng Thị Mai\"");
        m.put("gender", "\"FEMALE\"");
        m.put("birthDate", "\"1998-04-12\"");
        m.put("ethnicityCode", "\"08\"");
        m.put("religion", "null");
        m.put("generalEducation", "\"UPPER_SECONDARY\"");
        m.put("professionalQualification", "\"COLLEGE\"");
        m.put("politicalTheory", "\"NONE\"");
        m.put("occupation", "\"FARMER\"");
        m.put("youthUnionMember", "true");
        m.put("organizationCode", "\"" + cell + "\"");
        m.put("decisionNumber", "\"" + decisionNumber + "\"");
        m.put("decisionDate", "\"2024-05-20\"");
        m.put("ceremonyDate", "\"2024-06-01\"");
        for (String o : overrides) {
            int colon = o.indexOf(':');
            m.put(o.substring(1, colon - 1), o.substring(colon + 1));
        }
        if (!m.containsKey("awarenessCertificateNumber") && !m.containsKey("certificateOverrideReason")) {
            m.put("certificateOverrideReason", "\"" + TEST_OVERRIDE + "\"");
        }
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }
}
