package vn.ptdv.admission.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.ptdv.admission.control.FigureDelta.Facts;
import vn.ptdv.admission.control.FigureDelta.Key;
import vn.ptdv.shared.BulkInserts;

/** JDBC on adm_figure: increments, zero rows, and the admissions' facts read back for a build or a recount. */
public final class FigureTables {

    static final String KEY_WHERE = " WHERE org_prefix = ? AND exact_record = ? AND figure_month = ? AND "
            + "general_education = ? AND professional_qualification = ? AND political_theory = ?";
    static final String FACTS = "SELECT org_path, decision_date, birth_date, gender, minority, religion, occupation, "
            + "youth_union_member, general_education, professional_qualification, political_theory FROM adm_admission"
            + " WHERE status = 'ACTIVE'";

    private FigureTables() {
    }

    /** Adds the deltas to existing rows (in the keys' order); returns the keys that have no row yet. */
    static List<Key> increment(Connection c, TreeMap<Key, long[]> deltas) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE adm_figure SET ");
        for (int i = 0; i < FigureDelta.COUNTERS.length; i++) {
            String n = FigureDelta.COUNTERS[i];
            sql.append(i == 0 ? "" : ", ").append(n).append(" = ").append(n).append(" + ?");
        }
        List<Key> keys = new ArrayList<>(deltas.keySet());
        List<Key> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.append(KEY_WHERE).toString())) {
            int from = 0;
            while (from < keys.size()) {
                int to = Math.min(keys.size(), from + BulkInserts.BATCH);
                for (Key k : keys.subList(from, to)) {
                    long[] v = deltas.get(k);
                    for (int i = 0; i < v.length; i++) {
                        ps.setLong(i + 1, v[i]);
                    }
                    key(ps, FigureDelta.COUNTERS.length + 1, k);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        missing.add(keys.get(from + i));
                    }
                }
                from = to;
            }
        }
        return missing;
    }

    /** Inserts rows with the given counters (zero rows: vectors of zeros). */
    static void insert(Connection c, Map<Key, long[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO adm_figure (org_prefix, exact_record, figure_month, "
                + "general_education, professional_qualification, political_theory, org_root, depth, "
                + String.join(", ", FigureDelta.COUNTERS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<Key, long[]> e : rows.entrySet()) {
                Key k = e.getKey();
                key(ps, 1, k);
                ps.setString(7, k.root());
                ps.setInt(8, k.depth());
                for (int i = 0; i < e.getValue().length; i++) {
                    ps.setLong(9 + i, e.getValue()[i]);
                }
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    /** Which of the keys have a row. */
    static Set<Key> existing(Connection c, Collection<Key> keys) throws SQLException {
        Set<Key> found = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM adm_figure" + KEY_WHERE)) {
            for (Key k : keys) {
                key(ps, 1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        found.add(k);
                    }
                }
            }
        }
        return found;
    }

    /** Adds the deltas on the connection, inserting the rows that do not exist yet (a writer alone on the keys). */
    public static void applyInline(Connection c, TreeMap<Key, long[]> deltas) throws SQLException {
        List<Key> missing = increment(c, deltas);
        if (!missing.isEmpty()) {
            TreeMap<Key, long[]> rows = new TreeMap<>();
            missing.forEach(k -> rows.put(k, deltas.get(k)));
            insert(c, rows);
        }
    }

    /** The facts of one row of {@link #FACTS}. */
    static Facts facts(ResultSet rs) throws SQLException {
        return new Facts(rs.getString(1), true, rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                "FEMALE".equals(rs.getString(4)), rs.getBoolean(5), rs.getString(6) != null, rs.getString(7),
                rs.getBoolean(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }

    private static void key(PreparedStatement ps, int at, Key k) throws SQLException {
        ps.setString(at, k.prefix());
        ps.setInt(at + 1, k.exact() ? 1 : 0);
        ps.setInt(at + 2, k.month());
        ps.setString(at + 3, k.generalEducation());
        ps.setString(at + 4, k.professionalQualification());
        ps.setString(at + 5, k.politicalTheory());
    }
}
