package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.ptdv.admission.control.FigureDelta.Key;
import vn.ptdv.platform.persistence.PtdvDataSource;

/**
 * Creates missing adm_figure rows with zero counters in a transaction of their own (REQUIRES_NEW): committed before
 * the caller increments them, so zero rows are all another writer can ever see of it. A concurrent creation of the
 * same row makes this short transaction fail (unique key) and roll back; {@link FigureStore} then tries again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FigureRows {

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    public void ensure(Collection<Key> keys) {
        try (Connection c = dataSource.getConnection()) {
            Set<Key> found = FigureTables.existing(c, keys);
            TreeMap<Key, long[]> zero = new TreeMap<>();
            keys.stream().filter(k -> !found.contains(k)).forEach(k -> zero.put(k, new long[FigureDelta.COUNTERS.length]));
            if (!zero.isEmpty()) {
                FigureTables.insert(c, zero);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating figure rows failed", e);
        }
    }
}
