package vn.ptdv.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.ptdv.admission.control.FigureDelta;
import vn.ptdv.admission.control.FigureTables;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.VietnameseText;

/**
 * Fixture rows for a {@link JpaTest}, written over JDBC in the test's transaction (rolled back after the test).
 * {@link #insert} writes any table: the columns a test names, and for every other NOT NULL column without a database
 * default a neutral value ("-", 0, false, 2000-01-01), so a test names only what its query reads and a column added
 * by a later migration does not break it. A numeric {@code id} column that the test does not name gets a fresh id.
 * The helpers below write the rows most queries start from (organisations with their materialised path, targets,
 * admissions) with plausible values.
 */
public final class Rows {

    /** Ids unique in the test JVM; eight digits, the width of one level of a materialised path. */
    private static final AtomicLong IDS = new AtomicLong(10_000);
    private static final Map<String, List<ColumnInfo>> COLUMNS = new ConcurrentHashMap<>();

    private record ColumnInfo(String name, int type, boolean required) {
    }

    private final Connection connection;

    Rows(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts one row: {@code insert("adm_target", "organization_id", 7L, "target_year", 2024, ...)}. Values may be
     * LocalDate, LocalDateTime, Instant and enums as well as JDBC types. Answers the row's numeric id (0 without one).
     */
    public long insert(String table, Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values come in pairs: " + List.of(columnsAndValues));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(((String) columnsAndValues[i]).toLowerCase(Locale.ROOT), columnsAndValues[i + 1]);
        }
        long id = 0;
        for (ColumnInfo c : columns(table)) {
            if (c.name().equals("id") && !values.containsKey("id") && isNumber(c.type())) {
                values.put("id", IDS.incrementAndGet());
            } else if (c.required() && !values.containsKey(c.name())) {
                values.put(c.name(), neutral(c.type()));
            }
        }
        if (values.get("id") instanceof Number n) {
            id = n.longValue();
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
        Map<String, Integer> types = new java.util.HashMap<>();
        columns(table).forEach(c -> types.put(c.name(), c.type()));
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int i = 1;
            for (Map.Entry<String, Object> v : values.entrySet()) {
                if (v.getValue() == null) {
                    p.setNull(i++, types.getOrDefault(v.getKey(), Types.VARCHAR));
                } else {
                    p.setObject(i++, jdbc(v.getValue()));
                }
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " " + values.values() + ": " + e.getMessage(), e);
        }
        return id;
    }

    /** An organisation valid from 2015-01-01 under {@code parent} (null: a root, i.e. a province). */
    public OrganizationRef organization(String code, String name, OrganizationKind kind, OrganizationRef parent) {
        return organization(code, name, kind, parent, LocalDate.of(2015, 1, 1), null);
    }

    /** An organisation record valid from {@code validFrom} to {@code validTo} (null: still valid). */
    public OrganizationRef organization(String code, String name, OrganizationKind kind, OrganizationRef parent,
                                        LocalDate validFrom, LocalDate validTo) {
        long id = IDS.incrementAndGet();
        String path = (parent == null ? "" : parent.path()) + String.format("%08d/", id);
        int depth = parent == null ? 0 : parent.depth() + 1;
        insert("org_organization", "id", id, "code", code, "name", name, "name_folded", VietnameseText.fold(name),
                "kind", kind, "parent_id", parent == null ? null : parent.id(),
                "parent_code", parent == null ? null : parent.code(), "path", path, "depth", depth,
                "valid_from", validFrom, "valid_to", validTo, "version", 1);
        return new OrganizationRef(id, code, name, kind, parent == null ? null : parent.code(),
                parent == null ? null : parent.id(), path, depth, validFrom, validTo);
    }

    /** The organisation's admission target of the year. */
    public long target(OrganizationRef org, int year, int admissions) {
        return insert("adm_target", "organization_id", org.id(), "organization_code", org.code(), "org_path", org.path(),
                "target_year", year, "admissions", admissions, "status", "REGISTERED",
                "registered_at", LocalDate.of(year, 1, 15).atTime(9, 0), "version", 1);
    }

    /** The organisation's term target. */
    public long termTarget(OrganizationRef org, int fromYear, int toYear, int admissions) {
        return insert("adm_term_target", "organization_id", org.id(), "organization_code", org.code(),
                "org_path", org.path(), "from_year", fromYear, "to_year", toYear, "admissions", admissions, "version", 1);
    }

    /**
     * An active admission of a Kinh man born 1998-04-12 in the unit, decided on {@code decided}, with its ceremony ten
     * days later and the probation ending a year after it; {@code columnsAndValues} replace any of these
     * ({@code "gender", "FEMALE", "status", "WITHDRAWN"}).
     */
    public long admission(OrganizationRef unit, LocalDate decided, Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("full_name", "Nguyễn Văn An");
        row.put("gender", "MALE");
        row.put("birth_date", LocalDate.of(1998, 4, 12));
        row.put("ethnicity_code", "01");
        row.put("minority", false);
        row.put("general_education", "UPPER_SECONDARY");
        row.put("professional_qualification", "UNIVERSITY");
        row.put("political_theory", "NONE");
        row.put("occupation", "FARMER");
        row.put("youth_union_member", true);
        row.put("organization_id", unit.id());
        row.put("organization_code", unit.code());
        row.put("org_path", unit.path());
        row.put("org_root", OrganizationRef.rootOf(unit.path()));
        row.put("decision_number", "QĐ-" + IDS.incrementAndGet());
        row.put("decision_date", decided);
        row.put("ceremony_date", decided.plusDays(10));
        row.put("probation_end", decided.plusDays(10).plusYears(1));
        row.put("status", "ACTIVE");
        row.put("version", 1);
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            row.put(((String) columnsAndValues[i]).toLowerCase(Locale.ROOT), columnsAndValues[i + 1]);
        }
        row.put("name_folded", VietnameseText.fold((String) row.get("full_name")));
        List<Object> pairs = new ArrayList<>();
        row.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        long id = insert("adm_admission", pairs.toArray());
        // the maintained figures, as every writer of adm_admission keeps them (FigureDelta)
        java.util.TreeMap<FigureDelta.Key, long[]> delta = FigureDelta.empty();
        FigureDelta.add(delta, new FigureDelta.Facts((String) row.get("org_path"), "ACTIVE".equals(row.get("status")),
                day(row.get("decision_date")), day(row.get("birth_date")), "FEMALE".equals(row.get("gender")),
                Boolean.TRUE.equals(row.get("minority")), row.get("religion") != null, (String) row.get("occupation"),
                Boolean.TRUE.equals(row.get("youth_union_member")), (String) row.get("general_education"),
                (String) row.get("professional_qualification"), (String) row.get("political_theory")), 1);
        try {
            FigureTables.applyInline(connection, delta);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static LocalDate day(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private List<ColumnInfo> columns(String table) {
        return COLUMNS.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> {
            List<ColumnInfo> result = new ArrayList<>();
            try {
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet rs = meta.getColumns(null, null, t.toUpperCase(Locale.ROOT), null)) {
                    while (rs.next()) {
                        result.add(new ColumnInfo(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                rs.getInt("DATA_TYPE"), "NO".equals(rs.getString("IS_NULLABLE"))
                                        && rs.getString("COLUMN_DEF") == null));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (result.isEmpty()) {
                throw new IllegalArgumentException("No table " + t + " in the migrated schema");
            }
            return result;
        });
    }

    private static boolean isNumber(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT || type == Types.DECIMAL
                || type == Types.NUMERIC;
    }

    private static Object neutral(int type) {
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.REAL,
                 Types.FLOAT -> 0;
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.DATE -> LocalDate.of(2000, 1, 1);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> LocalDateTime.of(2000, 1, 1, 0, 0);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> new byte[0];
            default -> "-";
        };
    }

    private static Object jdbc(Object v) {
        if (v instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (v instanceof LocalDateTime t) {
            return Timestamp.valueOf(t);
        }
        if (v instanceof Instant i) {
            return Timestamp.from(i);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }
}
