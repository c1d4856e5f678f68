package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationBulkLoad.OrganizationRow;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.api.OrganizationRegistry.MembershipRecord;
import vn.ptdv.platform.persistence.DatabaseLifecycle;
import vn.ptdv.shared.BulkInserts;

/** The bulk load of organisations: planning (paths, parents, rules) in memory, then the rows on the migrated schema. */
class OrganizationTablesTest {

    private static final String URL = "jdbc:derby:memory:organization-tables;create=true";
    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    /** A stored province and district, as the demo leaves them. */
    private static final OrganizationRef LC = new OrganizationRef(1, "LC", "Đảng bộ tỉnh Lào Cai",
            OrganizationKind.PROVINCIAL_COMMITTEE, null, null, "00000001/", 0, FROM, null);
    private static final OrganizationRef BT = new OrganizationRef(2, "LC-BT", "Đảng bộ huyện Bảo Thắng",
            OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, "LC", 1L, "00000001/00000002/", 1, FROM, null);
    private static final Map<String, List<OrganizationRef>> STORED = Map.of("LC", List.of(LC), "LC-BT", List.of(BT));

    @BeforeAll
    static void migrate() throws SQLException {
        DatabaseLifecycle.flyway(false).dataSource(URL, null, null).load().migrate();
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org_organization (id, code, name, name_folded, kind, path, depth, valid_from, version,"
                    + " created_at, updated_at) VALUES (1, 'LC', 'Đảng bộ tỉnh Lào Cai', 'dang bo tinh lao cai',"
                    + " 'PROVINCIAL_COMMITTEE', '00000001/', 0, DATE('2015-01-01'), 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO org_organization (id, code, name, name_folded, kind, parent_id, parent_code, path,"
                    + " depth, valid_from, version, created_at, updated_at) VALUES (2, 'LC-BT', 'Đảng bộ huyện Bảo Thắng',"
                    + " 'dang bo huyen bao thang', 'UPPER_GRASSROOTS_COMMITTEE', 1, 'LC', '00000001/00000002/', 1,"
                    + " DATE('2015-01-01'), 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("UPDATE ptdv_id_sequence SET seq_count = 50 WHERE seq_name = 'organization'");
        }
    }

    private static OrganizationRow row(String code, String name, OrganizationKind kind, String parent) {
        return new OrganizationRow(code, name, kind, parent, FROM, null);
    }

    private static List<OrganizationRow> commune() {
        return List.of(row("LC-BT-XA", "Đảng bộ xã Xuân Quang", OrganizationKind.GRASSROOTS_COMMITTEE, "LC-BT"),
                row("LC-BT-XA-T1", "Chi bộ thôn Bản Cầm", OrganizationKind.CELL, "LC-BT-XA"));
    }

    @Test
    void rowsArePlannedUnderStoredAndNewParents() {
        List<OrganizationRef> planned = OrganizationTables.plan(commune(), STORED, 51);
        assertEquals("00000001/00000002/00000051/", planned.get(0).path());
        assertEquals(2, planned.get(0).depth());
        assertEquals(2L, planned.get(0).parentId());
        OrganizationRef cell = planned.get(1);
        assertEquals(52, cell.id());
        assertEquals("00000001/00000002/00000051/00000052/", cell.path());
        assertEquals("LC-BT-XA", cell.parentCode());
        assertEquals(3, cell.depth());
    }

    @Test
    void aRowBreakingARuleOfTheTreeIsRefusedWithItsNumber() {
        assertRefused(row("LC-BT-C", "Chi bộ C", OrganizationKind.CELL, "LC-BT"), "row 1 (LC-BT-C)");
        assertRefused(row("LC-XX-1", "Chi bộ", OrganizationKind.CELL, "LC-XX"), "no record of the parent LC-XX");
        assertRefused(row("lc-bt-x", "Đảng bộ xã", OrganizationKind.GRASSROOTS_COMMITTEE, "LC-BT"), "code");
        assertRefused(row("LC-BT", "Đảng bộ huyện Bảo Thắng", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, "LC"),
                "another record of the code");
        assertRefused(row("T01", "Đảng bộ tỉnh Mẫu", OrganizationKind.PROVINCIAL_COMMITTEE, "LC"), "cấp cao nhất");
        assertRefused(new OrganizationRow("LC-BT-Y", "Đảng bộ xã Y", OrganizationKind.GRASSROOTS_COMMITTEE, "LC-BT", FROM,
                FROM.minusDays(1)), "last valid day");
        // a closed record leaves its code free after its last day
        OrganizationRef closed = new OrganizationRef(3, "LC-BT-Z", "Z", OrganizationKind.GRASSROOTS_COMMITTEE, "LC-BT", 2L,
                "00000001/00000002/00000003/", 2, FROM, LocalDate.of(2025, 6, 30));
        List<OrganizationRef> reopened = OrganizationTables.plan(List.of(new OrganizationRow("LC-BT-Z", "Z mới",
                OrganizationKind.GRASSROOTS_COMMITTEE, "LC-BT", LocalDate.of(2025, 7, 1), null)),
                Map.of("LC-BT", List.of(BT), "LC-BT-Z", List.of(closed)), 60);
        assertEquals("00000001/00000002/00000060/", reopened.get(0).path());
    }

    private static void assertRefused(OrganizationRow row, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrganizationTables.plan(List.of(row), STORED, 100));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void plannedRecordsAndFiguresAreWrittenAsTheEntityWouldStoreThem() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL)) {
            long first = BulkInserts.reserveIds(c, "organization", 2);
            assertEquals(51, first);
            List<OrganizationRef> planned = OrganizationTables.plan(commune(), STORED, first);
            OrganizationTables.insertOrganizations(c, planned);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, name, name_folded, kind,"
                    + " parent_id, parent_code, path, depth, valid_from, valid_to, version FROM org_organization"
                    + " WHERE id = 52")) {
                assertTrue(rs.next());
                assertEquals("LC-BT-XA-T1", rs.getString(1));
                assertEquals("Chi bộ thôn Bản Cầm", rs.getString(2));
                assertEquals("chi bo thon ban cam", rs.getString(3));
                assertEquals("CELL", rs.getString(4));
                assertEquals(51, rs.getLong(5));
                assertEquals("LC-BT-XA", rs.getString(6));
                assertEquals("00000001/00000002/00000051/00000052/", rs.getString(7));
                assertEquals(3, rs.getInt(8));
                assertEquals(FROM, rs.getDate(9).toLocalDate());
                assertNull(rs.getDate(10));
                assertEquals(1, rs.getInt(11));
            }
            assertEquals(53, BulkInserts.reserveIds(c, "organization", 1), "the next identifiers continue above");

            Map<String, List<OrganizationRef>> records = Map.of("LC-BT-XA-T1", List.of(planned.get(1)));
            List<OrganizationTables.Figures> figures = OrganizationTables.planMemberships(
                    List.of(new MembershipRecord("LC-BT-XA-T1", LocalDate.of(2024, 12, 31), 40, 21, 30, 6)), records);
            OrganizationTables.insertMemberships(c, figures, BulkInserts.reserveIds(c, "membership_stat", 1));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT organization_id, as_of, total,"
                    + " women, minorities, probationary FROM org_membership_stat")) {
                assertTrue(rs.next());
                assertEquals(52, rs.getLong(1));
                assertEquals(LocalDate.of(2024, 12, 31), rs.getDate(2).toLocalDate());
                assertEquals(List.of(40, 21, 30, 6), List.of(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
            }
        }
    }

    @Test
    void figuresNeedARecordOnTheirDatePossibleCountsAndOneRowEach() {
        Map<String, List<OrganizationRef>> records = Map.of("LC-BT", List.of(BT));
        MembershipRecord ok = new MembershipRecord("LC-BT", LocalDate.of(2024, 12, 31), 10, 5, 5, 1);
        assertEquals(2L, OrganizationTables.planMemberships(List.of(ok), records).get(0).organizationId());
        for (List<MembershipRecord> bad : List.of(
                List.of(new MembershipRecord("LC-BT", LocalDate.of(2014, 12, 31), 10, 5, 5, 1)),
                List.of(new MembershipRecord("LC-BT", LocalDate.of(2024, 12, 31), 10, 11, 5, 1)),
                List.of(ok, ok))) {
            assertThrows(IllegalArgumentException.class, () -> OrganizationTables.planMemberships(bad, records));
        }
    }
}
