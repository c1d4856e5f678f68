package vn.ptdv.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connection factory behind {@value PtdvDataSource#JNDI}: the application server instantiates it (the
 * {@code className} of {@link PtdvDataSource}'s {@code @DataSourceDefinition}), pools its connections and enlists them
 * in JTA transactions; this class only decides WHICH database to open, from configuration read when the first
 * connection is made:
 * <ul>
 * <li>{@value #URL}: a JDBC URL; absent or empty means the embedded Derby database {@value #DEFAULT_URL}, created on
 * first use under the directory {@code derby.system.home};</li>
 * <li>{@value #USER}, {@value #PASSWORD}: credentials, if the database needs them.</li>
 * </ul>
 * Each key is a JVM system property ({@code -Dptdv.db.url=...}) or an environment variable ({@code PTDV_DB_URL}); the
 * system property wins. They are read directly, not through MicroProfile Config, because the server may create
 * connections before the application's configuration exists. The JDBC driver is looked up in the WAR first (Derby
 * and PostgreSQL are inside), then in the server's {@link DriverManager}. Same WAR, same annotation on Payara and
 * WildFly: only the keys change.
 */
public class ConfiguredDataSource implements DataSource {

    public static final String URL = "ptdv.db.url";
    public static final String USER = "ptdv.db.user";
    public static final String PASSWORD = "ptdv.db.password";
    /** The default database: embedded Derby, named by {@link #setEmbeddedDatabaseName} ("ptdv"). */
    public static final String DEFAULT_URL = "jdbc:derby:ptdv;create=true";

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile Target target;
    private String embeddedDatabaseName = "ptdv";
    private PrintWriter logWriter;
    private int loginTimeout;

    private record Target(Driver driver, String url, String user, String password) {
    }

    /** The value of a key: the system property, else the environment variable (MicroProfile Config's naming). */
    static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key);
        }
        if (value == null) {
            value = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Target target() throws SQLException {
        Target t = target;
        if (t == null) {
            synchronized (this) {
                t = target;
                if (t == null) {
                    String url = setting(URL);
                    if (url == null) {
                        url = "jdbc:derby:" + embeddedDatabaseName + ";create=true";
                    }
                    t = new Target(driverFor(url), url, setting(USER), setting(PASSWORD));
                    String shown = t.url();
                    LOG.info(() -> "PTDV datasource " + PtdvDataSource.JNDI + ": " + shown
                            + (shown.startsWith("jdbc:derby:") && !shown.startsWith("jdbc:derby://")
                                    ? " under derby.system.home=" + System.getProperty("derby.system.home", ".")
                                    : ""));
                    target = t;
                }
            }
        }
        return t;
    }

    private static Driver driverFor(String url) throws SQLException {
        for (Driver d : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (d.acceptsURL(url)) {
                return d;
            }
        }
        return DriverManager.getDriver(url);
    }

    /**
     * The name of the embedded Derby database used when {@value #URL} is not set; a connection property of the
     * {@code @DataSourceDefinition} (WildFly's IronJacamar wants at least one).
     */
    public void setEmbeddedDatabaseName(String name) {
        this.embeddedDatabaseName = name;
    }

    public String getEmbeddedDatabaseName() {
        return embeddedDatabaseName;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Target t = target();
        return connect(t, t.user(), t.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Target t = target();
        return username == null || username.isEmpty() ? connect(t, t.user(), t.password())
                : connect(t, username, password);
    }

    private static Connection connect(Target t, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection c = t.driver().connect(t.url(), props);
        if (c == null) {
            throw new SQLException("No JDBC driver accepts " + t.url(), "08001");
        }
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
