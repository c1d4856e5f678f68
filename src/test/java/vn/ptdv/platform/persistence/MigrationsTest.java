package vn.ptdv.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/**
 * Every migration runs on a fresh embedded Derby (the portable subset that PostgreSQL also accepts): the JPA test
 * tier's database is exactly that, migrated by the application's own Flyway configuration.
 */
@JpaTest
class MigrationsTest {

    @Test
    void migrationsRunOnDerby(Jpa jpa) throws Exception {
        assertTrue(jpa.migration().success);
        try (Statement s = jpa.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END)"
                     + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) > 0);
            assertEquals(rs.getInt(1), rs.getInt(2), "every applied migration succeeded");
        }
        try (Statement s = jpa.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM trn_learner")) {
            assertTrue(rs.next());
        }
    }
}
