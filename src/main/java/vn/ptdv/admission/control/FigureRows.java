package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    public void ensure(Collection<Key> keys) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            if (!auto) {
                c.setAutoCommit(true);
            }
            try {
                Set<Key> found = FigureTables.existing(c, keys);
                for (Key k : keys) {
                    if (found.contains(k)) {
                        continue;
                    }
                    try {
                        FigureTables.insert(c, Map.of(k, new long[FigureDelta.COUNTERS.length]));
                    } catch (SQLException e) {
                        if (!DUPLICATE.equals(state(e))) {
                            throw e;
                        }
                    }
                }
            } finally {
                if (!auto) {
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating figure rows failed", e);
        }
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
