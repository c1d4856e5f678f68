package vn.ptdv.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource of PTDV, under the logical name {@value #JNDI}, pooled and enlisted in JTA by the application
 * server (Payara or WildFly, the same WAR). Which database it opens is configuration, read by
 * {@link ConfiguredDataSource}: {@code ptdv.db.url} (with {@code ptdv.db.user}, {@code ptdv.db.password}) as system
 * properties or environment variables; without them an embedded Apache Derby database "ptdv" under
 * {@code derby.system.home}, created on first use.
 */
@DataSourceDefinition(
        name = PtdvDataSource.JNDI,
        className = "vn.ptdv.platform.persistence.ConfiguredDataSource",
        properties = {"embeddedDatabaseName=ptdv"},
        minPoolSize = 1,
        maxPoolSize = 32,
        transactional = true)
public final class PtdvDataSource {

    public static final String JNDI = "java:app/jdbc/ptdv";

    private PtdvDataSource() {
    }
}
