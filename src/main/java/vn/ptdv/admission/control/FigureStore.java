package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.ptdv.admission.control.FigureDelta.Key;
import vn.ptdv.platform.persistence.PtdvDataSource;

/**
 * Applies figure deltas in the caller's transaction (MANDATORY): the rows a delta needs are first created with zero
 * counters outside it, each committed at once ({@link FigureRows}, which tolerates a concurrent writer creating the
 * same row), then every counter is incremented with {@code n = n + ?} in the keys' sorted order, so two writers lock
 * shared rows in the same order (no deadlock) and neither overwrites the other (no lost update). The caller's
 * transaction never runs an INSERT into adm_figure, so a duplicate key can never abort it (PostgreSQL).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FigureStore {

    private static final Logger LOG = Logger.getLogger(FigureStore.class.getName());
    private static final int ATTEMPTS = 5;

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    FigureRows rows;

    /** Applies the deltas on a connection of the caller's transaction. */
    public void apply(TreeMap<Key, long[]> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            apply(c, deltas);
        } catch (SQLException e) {
            throw new IllegalStateException("Updating " + deltas.size() + " figures failed", e);
        }
    }

    /** Applies the deltas on {@code c}, a connection of the caller's transaction. */
    public void apply(Connection c, TreeMap<Key, long[]> deltas) throws SQLException {
        deltas.values().removeIf(FigureDelta::zero);
        if (deltas.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                rows.ensure(deltas.keySet());
                break;
            } catch (RuntimeException e) {
                // another writer created some of the same rows meanwhile: its rows are there now, look again
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.fine(() -> "Figure rows created concurrently, retrying: " + e);
            }
        }
        List<Key> missing = FigureTables.increment(c, deltas);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Figure rows missing after their creation: " + missing.size());
        }
    }
}
