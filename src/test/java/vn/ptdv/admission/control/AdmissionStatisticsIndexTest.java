package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/**
 * The subtree-and-year filter of the statistics queries, with its Derby index override, on the migrated schema:
 * the named index exists (V1_9_6), the override parses, the query is answered from that index alone (no base-row
 * fetch) and the counts are those of the plain filter.
 */
@JpaTest
class AdmissionStatisticsIndexTest {

    private static void insert(Jpa jpa, long id, String path, String decided, String status, String gender) {
        jpa.rows().insert("adm_admission", "id", id, "full_name", "A", "name_folded", "a", "gender", gender,
                "birth_date", LocalDate.of(2000, 1, 1), "ethnicity_code", "01", "general_education", "G12",
                "professional_qualification", "NONE", "political_theory", "NONE", "occupation", "FARMER",
                "youth_union_member", true, "organization_id", 1L, "organization_code", "X", "org_path", path,
                "decision_number", "QD-" + id, "decision_date", LocalDate.parse(decided), "status", status,
                "version", 1, "org_root", path.substring(0, 9));
    }

    @Test
    void subtreeAndYearIsReadFromTheCoveringIndex(Jpa jpa) throws SQLException {
        insert(jpa, 1, "00000001/00000002/", "2024-03-01", "ACTIVE", "FEMALE");
        insert(jpa, 2, "00000001/00000002/00000005/", "2024-12-31", "ACTIVE", "MALE");
        insert(jpa, 3, "00000001/00000003/", "2024-01-01", "WITHDRAWN", "FEMALE");
        insert(jpa, 4, "00000001/00000003/", "2023-12-31", "ACTIVE", "FEMALE");
        insert(jpa, 5, "00000009/", "2024-06-01", "ACTIVE", "FEMALE");
        String sql = "SELECT SUBSTR(org_path, 1, 18), COUNT(*), SUM(CASE WHEN gender = 'FEMALE' THEN 1 ELSE 0 END)"
                + AdmissionFiguresRepository.IN_SUBTREE_AND_YEAR.replaceAll("\\?\\d", "?")
                + " GROUP BY SUBSTR(org_path, 1, 18) ORDER BY 1";
        Connection c = jpa.connection();
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, "00000001/%");
                p.setDate(2, Date.valueOf("2024-01-01"));
                p.setDate(3, Date.valueOf("2024-12-31"));
                p.setString(4, "00000001/");
                try (ResultSet rs = p.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("00000001/00000002/", rs.getString(1).strip());
                    assertEquals(2, rs.getLong(2));
                    assertEquals(1, rs.getLong(3));
                    assertFalse(rs.next());
                }
            }
            try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                assertTrue(rs.next());
                String plan = rs.getString(1);
                assertTrue(plan.contains("using index IX_ADM_ROOT_FIGURES"), plan);
                assertFalse(plan.contains("Index Row to Base Row"), plan);
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)"); // the connection goes back to the pool
            }
        }
    }
}
