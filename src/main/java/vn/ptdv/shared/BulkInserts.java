package vn.ptdv.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the modules' JDBC bulk loads share: identifiers of the JPA table generator (table {@code ptdv_id_sequence}),
 * taken above its current count so that the server's own JPA inserts continue above them, and batches of bounded size.
 */
public final class BulkInserts {

    /** Rows per JDBC batch. */
    public static final int BATCH = 1_000;

    private BulkInserts() {
    }

    /**
     * Takes {@code count} identifiers of the sequence in the connection's transaction (its row stays locked until the
     * transaction ends) and answers the first; the others follow it.
     */
    public static long reserveIds(Connection c, String sequence, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ptdv_id_sequence SET seq_count = seq_count + ? WHERE seq_name = ?")) {
            ps.setLong(1, count);
            ps.setString(2, sequence);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No identifier sequence " + sequence);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq_count FROM ptdv_id_sequence WHERE seq_name = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }

    /**
     * Adds the statement's current parameters to its batch and runs the batch every {@link #BATCH} rows; answers the
     * rows now pending (run the rest with {@code executeBatch()} at the end).
     */
    public static int add(PreparedStatement ps, int pending) throws SQLException {
        ps.addBatch();
        if (pending + 1 == BATCH) {
            ps.executeBatch();
            return 0;
        }
        return pending + 1;
    }
}
