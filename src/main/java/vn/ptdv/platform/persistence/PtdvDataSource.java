package vn.ptdv.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource of PTDV, under the logical name {@value #JNDI}. By default an embedded Apache Derby database
 * "ptdv" under {@code derby.system.home}, created on first use.
 */
@DataSourceDefinition(
        name = PtdvDataSource.JNDI,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "ptdv",
        properties = {"createDatabase=create"},
        minPoolSize = 1,
        maxPoolSize = 32,
        transactional = true)
public final class PtdvDataSource {

    public static final String JNDI = "java:app/jdbc/ptdv";

    private PtdvDataSource() {
    }
}
