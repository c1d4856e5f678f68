package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.ptdv.admission.control.FigureDelta.Key;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;

/**
 * Kiểm tra số liệu: recounts the figures of every record of a code from the admission rows (the same
 * {@link FigureDelta} the writers apply) and compares them with adm_figure, key by key under the records' paths.
 * Differences are logged and reported, never repaired. System administrators only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FigureVerification {

    private static final Logger LOG = Logger.getLogger(FigureVerification.class.getName());
    /** At most this many differences are listed (all are counted). */
    static final int LISTED = 1_000;

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Access access;

    /** One key whose maintained counters differ from the recount. */
    public record Difference(Key key, long[] expected, long[] maintained) {
    }

    /** The result: keys compared, differences found (and up to {@link #LISTED} of them). */
    public record Result(String org, int keys, int differenceCount, List<Difference> differences) {
    }

    public Result verify(String code) {
        access.require(Permission.OPERATE_SYSTEM);
        String c = code == null ? null : code.strip();
        List<OrganizationRef> records = c == null || c.isEmpty() ? List.of() : organizations.history(c);
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        List<String> paths = records.stream().map(OrganizationRef::path).distinct().toList();
        List<String> tops = paths.stream().filter(p -> paths.stream().noneMatch(o -> !o.equals(p) && p.startsWith(o)))
                .toList();
        TreeMap<Key, long[]> expected = FigureDelta.empty();
        TreeMap<Key, long[]> maintained = FigureDelta.empty();
        try (Connection con = dataSource.getConnection()) {
            for (String top : tops) {
                TreeMap<Key, long[]> all = FigureDelta.empty();
                try (PreparedStatement ps = con.prepareStatement(FigureTables.FACTS
                        + " AND org_root = ? AND org_path LIKE ?")) {
                    ps.setString(1, OrganizationRef.rootOf(top));
                    ps.setString(2, top + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            FigureDelta.add(all, FigureTables.facts(rs), 1);
                        }
                    }
                }
                all.forEach((k, v) -> {
                    if (k.prefix().startsWith(top)) {
                        expected.put(k, v);
                    }
                });
                maintained.putAll(maintained(con, top));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recounting the figures of " + c + " failed", e);
        }
        return compare(c, expected, maintained);
    }

    /** The differences between the recount and the maintained rows (a missing row counts as zeros). */
    static Result compare(String org, TreeMap<Key, long[]> expected, TreeMap<Key, long[]> maintained) {
        TreeSet<Key> keys = new TreeSet<>(expected.keySet());
        keys.addAll(maintained.keySet());
        long[] none = new long[FigureDelta.COUNTERS.length];
        List<Difference> listed = new ArrayList<>();
        int n = 0;
        for (Key k : keys) {
            long[] e = expected.getOrDefault(k, none);
            long[] m = maintained.getOrDefault(k, none);
            if (!Arrays.equals(e, m)) {
                n++;
                if (listed.size() < LISTED) {
                    listed.add(new Difference(k, e, m));
                }
                LOG.warning(() -> "Figure difference (not repaired) at " + k + ": expected " + Arrays.toString(e)
                        + ", maintained " + Arrays.toString(m));
            }
        }
        int count = n;
        LOG.info(() -> "Figure verification of " + org + ": " + keys.size() + " keys, " + count + " difference(s)");
        return new Result(org, keys.size(), n, listed);
    }

    private static Map<Key, long[]> maintained(Connection con, String top) throws SQLException {
        TreeMap<Key, long[]> rows = new TreeMap<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT org_prefix, exact_record, figure_month, "
                + "general_education, professional_qualification, political_theory, "
                + String.join(", ", FigureDelta.COUNTERS) + " FROM adm_figure WHERE org_root = ? AND org_prefix LIKE ?")) {
            ps.setString(1, OrganizationRef.rootOf(top));
            ps.setString(2, top + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] v = new long[FigureDelta.COUNTERS.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(7 + i);
                    }
                    rows.put(new Key(rs.getString(1).strip(), rs.getInt(2) == 1, rs.getInt(3), rs.getString(4).strip(),
                            rs.getString(5).strip(), rs.getString(6).strip()), v);
                }
            }
        }
        return rows;
    }
}
