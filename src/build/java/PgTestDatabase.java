import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates or drops the PostgreSQL database of an IT run (mvn verify -Ppostgresql), through JDBC so that no psql client
 * is needed: {@code java PgTestDatabase.java create|drop <maintenance-db-url> <user> <database> [password]}.
 * The database name is checked (letters, digits, underscores) before it goes into the DDL.
 */
public class PgTestDatabase {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: create|drop <maintenance-db-url> <user> <database> [password]");
        }
        String action = args[0];
        String database = args[3];
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        Properties props = new Properties();
        props.setProperty("user", args[2]);
        if (args.length > 4 && !args[4].isEmpty()) {
            props.setProperty("password", args[4]);
        }
        try (Connection c = DriverManager.getConnection(args[1], props); Statement s = c.createStatement()) {
            switch (action) {
                case "create" -> {
                    s.execute("DROP DATABASE IF EXISTS " + database);
                    s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
                    System.out.println("[pg] created database " + database + " (" + args[1] + ")");
                }
                case "drop" -> {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                    System.out.println("[pg] dropped database " + database);
                }
                default -> throw new IllegalArgumentException("create or drop, not " + action);
            }
        }
    }
}
