package vn.ptdv.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Every migration runs on a fresh embedded Derby (the portable subset that PostgreSQL also accepts). */
class MigrationsTest {

    @Test
    void migrationsRunOnDerby() throws Exception {
        String url = "jdbc:derby:memory:migrations-test;create=true";
        var result = DatabaseLifecycle.flyway(false).dataSource(url, null, null).load().migrate();
        assertTrue(result.success);
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM trn_learner")) {
            assertTrue(rs.next());
        }
    }
}
