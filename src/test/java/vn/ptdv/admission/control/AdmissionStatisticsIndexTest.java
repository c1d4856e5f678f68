package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.persistence.DatabaseLifecycle;

/**
 * The subtree-and-year filter of the statistics queries, with its Derby index override, on the migrated schema:
 * the named index exists (V1_9_6), the override parses, the query is answered from that index alone (no base-row
 * fetch) and the counts are those of the plain filter.
 */
class AdmissionStatisticsIndexTest {

    private static final String URL = "jdbc:derby:memory:admission-statistics-index;create=true";

    @BeforeAll
    static void migrate() throws SQLException {
        DatabaseLifecycle.flyway(false).dataSource(URL, null, null).load().migrate();
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            insert(s, 1, "00000001/00000002/", "2024-03-01", "ACTIVE", "FEMALE");
            insert(s, 2, "00000001/00000002/00000005/", "2024-12-31", "ACTIVE", "MALE");
            insert(s, 3, "00000001/00000003/", "2024-01-01", "WITHDRAWN", "FEMALE");
            insert(s, 4, "00000001/00000003/", "2023-12-31", "ACTIVE", "FEMALE");
            insert(s, 5, "00000009/", "2024-06-01", "ACTIVE", "FEMALE");
        }
    }

    private static void insert(Statement s, long id, String path, String decided, String status, String gender)
            throws SQLException {
        s.executeUpdate("INSERT INTO adm_admission (id, full_name, name_folded, gender, birth_date, ethnicity_code,"
                + " minority, religion, general_education, professional_qualification, political_theory, occupation,"
                + " youth_union_member, organization_id, organization_code, org_path, decision_number, decision_date,"
                + " older_applicant_exception, education_area_exception, status, version, created_at, updated_at, org_root)"
                + " VALUES (" + id + ", 'A', 'a', '" + gender + "', DATE('2000-01-01'), '01', FALSE, NULL, 'G12',"
                + " 'NONE', 'NONE', 'FARMER', TRUE, 1, 'X', '" + path + "', 'QD-" + id + "', DATE('" + decided + "'),"
                + " FALSE, FALSE, '" + status + "', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '" + path.substring(0, 9) + "')");
    }

    @Test
    void subtreeAndYearIsReadFromTheCoveringIndex() throws SQLException {
        String sql = "SELECT SUBSTR(org_path, 1, 18), COUNT(*), SUM(CASE WHEN gender = 'FEMALE' THEN 1 ELSE 0 END)"
                + AdmissionFiguresRepository.IN_SUBTREE_AND_YEAR.replaceAll("\\?\\d", "?")
                + " GROUP BY SUBSTR(org_path, 1, 18) ORDER BY 1";
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
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
        }
    }
}
