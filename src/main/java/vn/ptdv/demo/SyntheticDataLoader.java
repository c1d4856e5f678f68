package vn.ptdv.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.VietnameseText;

/**
 * Loads the benchmark sizes of {@link SyntheticDataGenerator} when {@code ptdv.bench.size=province|national}, after
 * the demo. 1.000.000 admissions through JPA would take hours, so this writes plain JDBC batches, naming its columns
 * (columns added later stay NULL), with the values the admission module would store: the organisation's id, code and
 * path copied from the organisation record, the folded name, the minority flag, the end of probation 12 months after
 * the ceremony. Identifiers are taken from the JPA table generator's rows in the same transaction, so the server's own
 * inserts continue above them. One transaction per province: a province is there completely or not at all, and a
 * restart loads the provinces still missing. Not written: the creation events of the records (adm_admission_event),
 * targets and membership of the extra organisations.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionManagement(TransactionManagementType.BEAN)
public class SyntheticDataLoader {

    private static final Logger LOG = Logger.getLogger(SyntheticDataLoader.class.getName());
    private static final int BATCH = 1_000;
    private static final int PROBATION_MONTHS = 12;

    @Inject
    @ConfigProperty(name = PtdvConfig.BENCH_SIZE, defaultValue = "demo")
    String size;

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @PostConstruct
    void load() {
        if (size.isBlank() || size.strip().equalsIgnoreCase("demo")) {
            return;
        }
        SyntheticDataGenerator.Size s = SyntheticDataGenerator.Size.of(size);
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            if (find(c, "LC") == null) {
                throw new IllegalStateException("ptdv.bench.size needs the demo data (ptdv.demo-data=true)");
            }
            c.setAutoCommit(false);
            Map<Integer, Integer> demo = admissionsByYear(c);
            int[] loaded = {0};
            SyntheticDataGenerator.generate(s, year -> demo.getOrDefault(year, 0), new SyntheticDataGenerator.Sink() {
                private boolean skip;
                private Map<String, Org> orgs;

                @Override
                public void province(int index, String rootCode, List<SyntheticDataGenerator.OrganizationRow> rows) {
                    try {
                        String marker = index == 0 ? SyntheticDataGenerator.firstExtraCellCode() : rootCode;
                        skip = find(c, marker) != null;
                        if (!skip) {
                            orgs = insertOrganizations(c, rows);
                        }
                    } catch (SQLException e) {
                        throw failure(c, e);
                    }
                }

                @Override
                public void admissions(int province, int year, List<AdmissionSeed> admissions) {
                    if (skip) {
                        return;
                    }
                    try {
                        insertAdmissions(c, orgs, admissions);
                        loaded[0] += admissions.size();
                        if (year == SyntheticDataGenerator.LAST_YEAR) {
                            c.commit();
                            LOG.info(() -> "Bench data: province " + SyntheticDataGenerator.rootCode(province) + " committed");
                        }
                    } catch (SQLException e) {
                        throw failure(c, e);
                    }
                }
            });
            LOG.info(() -> String.format("Bench data (%s): %d admissions loaded in %d ms", s, loaded[0],
                    (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the bench data failed", e);
        }
    }

    private static IllegalStateException failure(Connection c, SQLException e) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
        return new IllegalStateException("Loading the bench data failed; the current province is rolled back", e);
    }

    /** id, depth and path of the open record of a code; null when there is none. */
    private static Object[] find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, depth, path FROM org_organization WHERE code = ? AND valid_to IS NULL")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)} : null;
            }
        }
    }

    private static Map<Integer, Integer> admissionsByYear(Connection c) throws SQLException {
        Map<Integer, Integer> byYear = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM adm_admission WHERE org_path LIKE ? AND decision_date >= ? AND decision_date < ?")) {
            String path = (String) find(c, "LC")[2];
            for (int y = SyntheticDataGenerator.FIRST_YEAR; y <= SyntheticDataGenerator.LAST_YEAR; y++) {
                ps.setString(1, path + "%");
                ps.setDate(2, Date.valueOf(y + "-01-01"));
                ps.setDate(3, Date.valueOf((y + 1) + "-01-01"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    byYear.put(y, rs.getInt(1));
                }
            }
        }
        return byYear;
    }

    /** Takes {@code count} identifiers of a JPA table generator: the ones above its current count. */
    private static long reserveIds(Connection c, String sequence, int count) throws SQLException {
        long current;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq_count FROM ptdv_id_sequence WHERE seq_name = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                current = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ptdv_id_sequence SET seq_count = ? WHERE seq_name = ?")) {
            ps.setLong(1, current + count);
            ps.setString(2, sequence);
            ps.executeUpdate();
        }
        return current + 1;
    }

    /** An open organisation record as the admission rows copy it. */
    private record Org(long id, int depth, String path) {
    }

    /** Inserts the rows (parents first) and answers every open organisation by code, the new ones included. */
    private static Map<String, Org> insertOrganizations(Connection c, List<SyntheticDataGenerator.OrganizationRow> rows)
            throws SQLException {
        Map<String, Org> orgs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, depth, path FROM org_organization WHERE valid_to IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                orgs.put(rs.getString(2), new Org(rs.getLong(1), rs.getInt(3), rs.getString(4)));
            }
        }
        long id = reserveIds(c, "organization", rows.size());
        Timestamp now = Timestamp.from(Instant.now());
        Date from = Date.valueOf(LaoCaiDemoGenerator.VALID_FROM);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_organization (id, code, name, name_folded, kind, "
                + "parent_id, parent_code, path, depth, valid_from, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            int pending = 0;
            for (SyntheticDataGenerator.OrganizationRow row : rows) {
                Org parent = row.parentCode() == null ? null : orgs.get(row.parentCode());
                String path = (parent == null ? "" : parent.path()) + String.format("%08d/", id);
                int depth = parent == null ? 0 : parent.depth() + 1;
                ps.setLong(1, id);
                ps.setString(2, row.code());
                ps.setString(3, row.name());
                ps.setString(4, VietnameseText.fold(row.name()));
                ps.setString(5, row.kind().name());
                if (parent == null) {
                    ps.setNull(6, Types.BIGINT);
                    ps.setNull(7, Types.VARCHAR);
                } else {
                    ps.setLong(6, parent.id());
                    ps.setString(7, row.parentCode());
                }
                ps.setString(8, path);
                ps.setInt(9, depth);
                ps.setDate(10, from);
                ps.setTimestamp(11, now);
                ps.setTimestamp(12, now);
                ps.addBatch();
                orgs.put(row.code(), new Org(id, depth, path));
                id++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
        return orgs;
    }

    private static void insertAdmissions(Connection c, Map<String, Org> orgs, List<AdmissionSeed> admissions)
            throws SQLException {
        long id = reserveIds(c, "admission", admissions.size());
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO adm_admission (id, full_name, name_folded, gender, "
                + "birth_date, ethnicity_code, minority, religion, general_education, professional_qualification, "
                + "political_theory, occupation, youth_union_member, organization_id, organization_code, org_path, "
                + "decision_number, decision_date, ceremony_date, probation_end, older_applicant_exception, "
                + "education_area_exception, status, version, created_at, updated_at, org_root) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 1, ?, ?, ?)")) {
            int pending = 0;
            for (AdmissionSeed a : admissions) {
                Org org = orgs.get(a.organizationCode());
                ps.setLong(1, id++);
                ps.setString(2, a.fullName());
                ps.setString(3, VietnameseText.fold(a.fullName()));
                ps.setString(4, a.gender().name());
                ps.setDate(5, Date.valueOf(a.birthDate()));
                ps.setString(6, a.ethnicityCode());
                ps.setBoolean(7, Ethnicities.isMinority(a.ethnicityCode()));
                ps.setString(8, a.religion());
                ps.setString(9, a.generalEducation().name());
                ps.setString(10, a.professionalQualification().name());
                ps.setString(11, a.politicalTheory().name());
                ps.setString(12, a.occupation().name());
                ps.setBoolean(13, a.youthUnionMember());
                ps.setLong(14, org.id());
                ps.setString(15, a.organizationCode());
                ps.setString(16, org.path());
                ps.setString(17, a.decisionNumber());
                ps.setDate(18, Date.valueOf(a.decisionDate()));
                ps.setDate(19, Date.valueOf(a.ceremonyDate()));
                ps.setDate(20, Date.valueOf(a.ceremonyDate().plusMonths(PROBATION_MONTHS)));
                ps.setBoolean(21, false);
                ps.setBoolean(22, a.educationAreaException());
                ps.setTimestamp(23, now);
                ps.setTimestamp(24, now);
                ps.setString(25, OrganizationRef.rootOf(org.path())); // org_root (V1_9_6)
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
    }
}
