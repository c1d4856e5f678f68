package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.ptdv.admission.control.FigureDelta.Key;
import vn.ptdv.platform.persistence.PtdvDataSource;

/**
 * Creates missing adm_figure rows with zero counters outside the caller's transaction (NOT_SUPPORTED: suspended), each
 * row committed at once (auto-commit), so zero rows are all another writer can ever see of it and the caller's
 * transaction never meets a unique violation (PostgreSQL would abort it). A row created meanwhile by a concurrent
 * writer fails only its own auto-committed INSERT (SQLState 23505), which is what was wanted: the row exists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FigureRows {

    private static final String DUPLICATE = "23505";
    private static final Logger LOG = Logger.getLogger(FigureRows.class.getName());

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    /**
     * Creates the rows of {@code keys} (in their order: a sorted key set) that do not exist yet. They are first inserted
     * in one batch and one commit; when a concurrent writer created one of them meanwhile (a duplicate key, or waiting
     * on its lock until a deadlock or timeout is declared) that batch is rolled back and the rows are created one by one,
     * each committed at once, so a duplicate fails only its own INSERT.
     */
    public void ensure(Collection<Key> keys) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            try {
                c.setAutoCommit(true);
                Set<Key> found = FigureTables.existing(c, keys);
                Map<Key, long[]> missing = new LinkedHashMap<>();
                for (Key k : keys) {
                    if (!found.contains(k)) {
                        missing.put(k, new long[FigureDelta.COUNTERS.length]);
                    }
                }
                if (!missing.isEmpty() && !inOneBatch(c, missing)) {
                    oneByOne(c, missing);
                }
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating figure rows failed", e);
        }
    }

    /** All rows in one batch and one commit; false (rolled back) when another writer holds or created one of them. */
    private static boolean inOneBatch(Connection c, Map<Key, long[]> rows) throws SQLException {
        c.setAutoCommit(false);
        try {
            FigureTables.insert(c, rows);
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            if (concurrent(e)) {
                LOG.fine(() -> "Figure rows created concurrently, creating them one by one: " + e);
                return false;
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Each row in its own auto-committed INSERT; one that exists by now fails alone (SQLState 23505). */
    private static void oneByOne(Connection c, Map<Key, long[]> rows) throws SQLException {
        for (Map.Entry<Key, long[]> row : rows.entrySet()) {
            try {
                FigureTables.insert(c, Map.of(row.getKey(), row.getValue()));
            } catch (SQLException e) {
                if (!DUPLICATE.equals(state(e))) {
                    throw e;
                }
            }
        }
    }

    /** A duplicate key, a deadlock or a lock timeout (Derby 40001 / 40XL1, PostgreSQL 40P01): another writer's rows. */
    private static boolean concurrent(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException x) {
                for (SQLException n = x; n != null; n = n.getNextException()) {
                    String s = n.getSQLState();
                    if (s != null && (s.equals(DUPLICATE) || s.startsWith("40"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The SQLState of the error or of the first chained one that has it (batch errors wrap the statement's). */
    private static String state(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return x.getSQLState();
            }
        }
        Throwable cause = e.getCause();
        return cause instanceof SQLException s ? s.getSQLState() : e.getSQLState();
    }
}
