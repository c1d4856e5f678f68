package vn.ptdv.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.ptdv.platform.persistence.DatabaseLifecycle;

/**
 * The JPA test tier ({@link JpaTest}). Once per test JVM: an in-memory Derby migrated by the application's own Flyway
 * configuration ({@link DatabaseLifecycle#flyway}: its locations and placeholders), and an EntityManagerFactory of
 * the persistence unit {@code ptdv} from META-INF/persistence.xml with its JTA data source replaced by this database
 * (resource-local transactions, no server). Per test: a new EntityManager in a transaction that is rolled back after
 * the test, so tests see only their own fixture rows and run in any order.
 */
public class JpaExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(JpaExtension.class);

    /** The migrated database and its EntityManagerFactory; closed (and dropped) when the test JVM's run ends. */
    static final class Database implements AutoCloseable {

        static final String NAME = "memory:ptdv-jpa-tests";
        final MigrateResult migration;
        final EntityManagerFactory factory;

        Database() {
            String url = "jdbc:derby:" + NAME;
            migration = DatabaseLifecycle.flyway(false).dataSource(url + ";create=true", null, null).load().migrate();
            factory = Persistence.createEntityManagerFactory("ptdv", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                    "eclipselink.target-server", "None",
                    "eclipselink.logging.level", "WARNING"));
        }

        @Override
        public void close() {
            factory.close();
            try {
                DriverManager.getConnection("jdbc:derby:" + NAME + ";drop=true").close();
            } catch (SQLException dropped) {
                // Derby answers a successful drop with SQLState 08006
            }
        }
    }

    private static Database database(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Database.class, k -> new Database(), Database.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Database db = database(context);
        EntityManager em = db.factory.createEntityManager();
        em.getTransaction().begin();
        context.getStore(NAMESPACE).put(Jpa.class, new Jpa(em, db.migration));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Jpa jpa = context.getStore(NAMESPACE).remove(Jpa.class, Jpa.class);
        if (jpa == null) {
            return;
        }
        EntityManager em = jpa.em();
        try {
            if (!em.getTransaction().isActive()) {
                throw new IllegalStateException("A @JpaTest must not end the test's transaction: its rollback keeps the "
                        + "tests apart");
            }
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Jpa.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Jpa jpa = context.getStore(NAMESPACE).get(Jpa.class, Jpa.class);
        if (jpa == null) {
            throw new IllegalStateException("Jpa is a parameter of @Test and @BeforeEach/@AfterEach methods only");
        }
        return jpa;
    }
}
