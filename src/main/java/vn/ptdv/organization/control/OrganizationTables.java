package vn.ptdv.organization.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.OrganizationBulkLoad.OrganizationRow;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.api.OrganizationRegistry.MembershipRecord;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.shared.VietnameseText;

/**
 * The set-based half of {@link OrganizationBulkLoader}: plans rows into records (ids, paths, parents, every rule of the
 * tree checked, no database) and writes them with JDBC batches on a given connection, in its transaction.
 */
final class OrganizationTables {

    private OrganizationTables() {
    }

    /**
     * Plans the rows with ids from {@code firstId} on. {@code stored} holds the stored records of every code the rows
     * name (their own and their parents'), oldest first.
     *
     * @throws IllegalArgumentException for the first row that breaks a rule of the tree
     */
    static List<OrganizationRef> plan(List<OrganizationRow> rows, Map<String, List<OrganizationRef>> stored, long firstId) {
        Map<String, List<OrganizationRef>> known = new HashMap<>();
        stored.forEach((code, records) -> known.put(code, new ArrayList<>(records)));
        List<OrganizationRef> planned = new ArrayList<>(rows.size());
        long id = firstId;
        for (int i = 0; i < rows.size(); i++) {
            OrganizationRow row = rows.get(i);
            String problem = problem(row, known);
            if (problem != null) {
                throw new IllegalArgumentException("Organisation row " + (i + 1) + " (" + row.code() + "): " + problem);
            }
            String code = row.code().strip();
            OrganizationRef parent = OrganizationRules.isRootKind(row.kind()) ? null
                    : validOn(known.get(row.parentCode().strip()), row.validFrom());
            OrganizationRef ref = new OrganizationRef(id, code, VietnameseText.clean(row.name()), row.kind(),
                    parent == null ? null : parent.code(), parent == null ? null : parent.id(),
                    OrganizationRef.pathOf(parent == null ? null : parent.path(), id), parent == null ? 0 : parent.depth() + 1,
                    row.validFrom(), row.validTo());
            known.computeIfAbsent(code, k -> new ArrayList<>()).add(ref);
            planned.add(ref);
            id++;
        }
        return planned;
    }

    /** What is wrong with the row given the records known so far (stored and planned), or null. */
    private static String problem(OrganizationRow row, Map<String, List<OrganizationRef>> known) {
        String code = row.code() == null ? null : row.code().strip();
        String name = VietnameseText.clean(row.name());
        if (code == null || !OrganizationRules.CODE.matcher(code).matches()) {
            return "the code is not capitals, digits and hyphens";
        }
        if (name == null || name.length() > 300) {
            return "the name is missing or longer than 300 characters";
        }
        if (row.kind() == null || row.validFrom() == null) {
            return "the kind and the first valid day are required";
        }
        if (row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
            return "the last valid day is before the first";
        }
        String parentCode = VietnameseText.clean(row.parentCode());
        if (OrganizationRules.isRootKind(row.kind()) != (parentCode == null)) {
            return OrganizationRules.placementMessage(row.kind());
        }
        if (parentCode != null) {
            OrganizationRef parent = validOn(known.get(parentCode), row.validFrom());
            if (parent == null) {
                return "no record of the parent " + parentCode + " is valid on " + row.validFrom();
            }
            if (!OrganizationRules.mayStandUnder(row.kind(), parent.kind())) {
                return OrganizationRules.placementMessage(row.kind());
            }
        }
        for (OrganizationRef other : known.getOrDefault(code, List.of())) {
            if (other.validDuring(row.validFrom(), row.validTo() == null ? LocalDate.MAX : row.validTo())) {
                return "another record of the code is valid from " + other.validFrom();
            }
        }
        return null;
    }

    private static OrganizationRef validOn(List<OrganizationRef> records, LocalDate date) {
        if (records == null) {
            return null;
        }
        return records.stream().filter(r -> r.validOn(date)).reduce((a, b) -> b).orElse(null);
    }

    /** Inserts the planned records (parents first, as planned) in JDBC batches. */
    static void insertOrganizations(Connection c, List<OrganizationRef> records) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_organization (id, code, name, name_folded, kind, "
                + "parent_id, parent_code, path, depth, valid_from, valid_to, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            int pending = 0;
            for (OrganizationRef r : records) {
                ps.setLong(1, r.id());
                ps.setString(2, r.code());
                ps.setString(3, r.name());
                ps.setString(4, VietnameseText.fold(r.name()));
                ps.setString(5, r.kind().name());
                if (r.parentId() == null) {
                    ps.setNull(6, Types.BIGINT);
                    ps.setNull(7, Types.VARCHAR);
                } else {
                    ps.setLong(6, r.parentId());
                    ps.setString(7, r.parentCode());
                }
                ps.setString(8, r.path());
                ps.setInt(9, r.depth());
                ps.setDate(10, Date.valueOf(r.validFrom()));
                if (r.validTo() == null) {
                    ps.setNull(11, Types.DATE);
                } else {
                    ps.setDate(11, Date.valueOf(r.validTo()));
                }
                ps.setTimestamp(12, now);
                ps.setTimestamp(13, now);
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    /** Membership figures on the record they belong to. */
    record Figures(long organizationId, MembershipRecord values) {
    }

    /**
     * The figures on the record of their code valid on their date ({@code records}: code → records), checked.
     *
     * @throws IllegalArgumentException for the first figures without a record, with impossible counts, or given twice
     */
    static List<Figures> planMemberships(List<MembershipRecord> figures, Map<String, List<OrganizationRef>> records) {
        List<Figures> planned = new ArrayList<>(figures.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            MembershipRecord m = figures.get(i);
            String where = "Membership row " + (i + 1) + " (" + m.code() + ", " + m.asOf() + "): ";
            OrganizationRef org = m.code() == null || m.asOf() == null ? null : validOn(records.get(m.code().strip()), m.asOf());
            if (org == null) {
                throw new IllegalArgumentException(where + "no record of the code is valid on the date");
            }
            var v = MembershipRules.check(m.total(), m.women(), m.minorities(), m.probationary());
            if (!v.isEmpty()) {
                throw new IllegalArgumentException(where + String.join("; ", v.errors().values()));
            }
            if (!seen.add(org.id() + "@" + m.asOf())) {
                throw new IllegalArgumentException(where + "given twice");
            }
            planned.add(new Figures(org.id(), m));
        }
        return planned;
    }

    /** A lineage link between two stored records. */
    record Link(long predecessorId, long successorId, String type, LocalDate effectiveDate, String note) {
    }

    /**
     * The links between the record of the predecessor code valid the day before the change and the record of the
     * successor code valid on its day ({@code records}: code → records).
     *
     * @throws IllegalArgumentException for the first row without both records or with an unknown type
     */
    static List<Link> planLineage(List<vn.ptdv.organization.api.OrganizationBulkLoad.LineageRow> rows,
                                  Map<String, List<OrganizationRef>> records) {
        List<Link> planned = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            String where = "Lineage row " + (i + 1) + " (" + r.predecessorCode() + " → " + r.successorCode() + "): ";
            vn.ptdv.organization.entity.LineageType type;
            try {
                type = vn.ptdv.organization.entity.LineageType.valueOf(String.valueOf(r.type()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown type " + r.type(), e);
            }
            if (r.effectiveDate() == null || r.predecessorCode() == null || r.successorCode() == null) {
                throw new IllegalArgumentException(where + "the codes and the date are required");
            }
            OrganizationRef p = validOn(records.get(r.predecessorCode().strip()), r.effectiveDate().minusDays(1));
            OrganizationRef s = validOn(records.get(r.successorCode().strip()), r.effectiveDate());
            if (p == null || s == null || p.id() == s.id()) {
                throw new IllegalArgumentException(where + "no record of the predecessor valid the day before and of the "
                        + "successor valid on " + r.effectiveDate());
            }
            planned.add(new Link(p.id(), s.id(), type.name(), r.effectiveDate(), VietnameseText.clean(r.note())));
        }
        return planned;
    }

    /** Inserts the links with ids from {@code firstId} on, in JDBC batches. */
    static void insertLineage(Connection c, List<Link> links, long firstId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_lineage (id, predecessor_id, successor_id, "
                + "change_type, effective_date, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            long id = firstId;
            int pending = 0;
            for (Link l : links) {
                ps.setLong(1, id++);
                ps.setLong(2, l.predecessorId());
                ps.setLong(3, l.successorId());
                ps.setString(4, l.type());
                ps.setDate(5, Date.valueOf(l.effectiveDate()));
                if (l.note() == null) {
                    ps.setNull(6, Types.VARCHAR);
                } else {
                    ps.setString(6, l.note());
                }
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    /** Inserts the figures with ids from {@code firstId} on, in JDBC batches. */
    static void insertMemberships(Connection c, List<Figures> figures, long firstId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_membership_stat (id, organization_id, as_of, "
                + "total, women, minorities, probationary) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            long id = firstId;
            int pending = 0;
            for (Figures f : figures) {
                MembershipRecord m = f.values();
                ps.setLong(1, id++);
                ps.setLong(2, f.organizationId());
                ps.setDate(3, Date.valueOf(m.asOf()));
                ps.setInt(4, m.total());
                ps.setInt(5, m.women());
                ps.setInt(6, m.minorities());
                ps.setInt(7, m.probationary());
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }
}
