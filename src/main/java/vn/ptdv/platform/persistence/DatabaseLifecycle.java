package vn.ptdv.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts (JPA never generates it), and shuts an
 * embedded Derby down cleanly when the application stops, so that a redeploy can boot it again (stack.md gotcha 4).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseLifecycle {

    private static final Logger LOG = Logger.getLogger(DatabaseLifecycle.class.getName());

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    private boolean embeddedDerby;

    @PostConstruct
    void migrate() {
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            embeddedDerby = meta.getDatabaseProductName().contains("Derby") && meta.getURL().startsWith("jdbc:derby:")
                    && !meta.getURL().startsWith("jdbc:derby://");
            postgres = meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            LOG.info(() -> "PTDV database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("The PTDV database does not answer", e);
        }
        MigrateResult result = flyway(postgres).dataSource(dataSource).load().migrate();
        LOG.info(() -> "Flyway: " + result.migrationsExecuted + " migration(s) applied, schema at version "
                + result.targetSchemaVersion);
    }

    /** PTDV's Flyway configuration, without its data source (also used by the migration test). */
    public static org.flywaydb.core.api.configuration.FluentConfiguration flyway(boolean postgres) {
        return Flyway.configure(DatabaseLifecycle.class.getClassLoader())
                // SQL scripts, and the admission module's Java migration (the figures' build, V1_18_1)
                .locations("classpath:db/migration", "classpath:vn/ptdv/admission/control")
                .table("flyway_schema_history")
                // the one type without a portable name: binary data (BLOB on Derby, BYTEA on PostgreSQL)
                .placeholders(java.util.Map.of("blob", postgres ? "BYTEA" : "BLOB"));
    }

    /** Whether the database is an embedded Derby (the default). */
    public boolean isEmbeddedDerby() {
        return embeddedDerby;
    }

    @PreDestroy
    void shutdownDerby() {
        if (!embeddedDerby) {
            return;
        }
        try {
            Driver driver = (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true,
                    DatabaseLifecycle.class.getClassLoader()).getDeclaredConstructor().newInstance();
            driver.connect("jdbc:derby:;shutdown=true", new Properties());
        } catch (SQLException e) {
            // Derby reports a clean system shutdown as SQLState XJ015.
            if ("XJ015".equals(e.getSQLState())) {
                LOG.info("Embedded Derby shut down cleanly");
            } else {
                LOG.log(Level.WARNING, "Embedded Derby shutdown: SQLState " + e.getSQLState());
            }
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.WARNING, "Embedded Derby driver not found at shutdown", e);
        }
    }
}
