package vn.ptdv.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What an administrator does after a bulk load, done by the loaders once their transaction committed: on PostgreSQL
 * {@code ANALYZE}, so that the planner knows the tables' sizes before autovacuum comes by (without it, the demo's
 * 21.000 probation decisions were estimated at one row and a report's join ran as a nested loop over every admission,
 * 40 s a report). Derby's queries that need it name their index; nothing is done there.
 */
@ApplicationScoped
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    /** Refreshes the statistics of every table (outside any transaction: ANALYZE commits its own work). */
    public void refresh() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            LOG.info(() -> "PostgreSQL statistics refreshed after the load in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (SQLException e) {
            LOG.warning("Refreshing the planner statistics failed (autovacuum will do it later): " + e.getMessage());
        }
    }
}
