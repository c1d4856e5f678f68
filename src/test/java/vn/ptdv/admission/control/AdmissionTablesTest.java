package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import vn.ptdv.admission.api.AdmissionBulkLoad.AdmissionRow;
import vn.ptdv.admission.api.AdmissionRegistry.TargetRecord;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.CertificateStatus;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.persistence.DatabaseLifecycle;
import vn.ptdv.shared.BulkInserts;

/** The bulk load of admissions and targets: records built as the entity derives them, then the rows on the schema. */
class AdmissionTablesTest {

    private static final String URL = "jdbc:derby:memory:admission-tables;create=true";
    private static final LocalDate DECIDED = LocalDate.of(2024, 5, 20);
    /** A cell moved on 1/7/2025: its old record admits in 2024, the new one in 2025. */
    private static final OrganizationRef OLD = new OrganizationRef(7, "LC-BT-XA-T1", "Chi bộ thôn Bản Cầm",
            OrganizationKind.CELL, "LC-BT-XA", 5L, "00000001/00000002/00000005/00000007/", 3, LocalDate.of(2015, 1, 1),
            LocalDate.of(2025, 6, 30));
    private static final OrganizationRef NEW = new OrganizationRef(9, "LC-BT-XA-T1", "Chi bộ thôn Bản Cầm",
            OrganizationKind.CELL, "LC-XA", 8L, "00000001/00000008/00000009/", 2, LocalDate.of(2025, 7, 1), null);
    private static final Map<String, List<OrganizationRef>> ORGS = Map.of("LC-BT-XA-T1", List.of(OLD, NEW));

    @BeforeAll
    static void migrate() {
        DatabaseLifecycle.flyway(false).dataSource(URL, null, null).load().migrate();
    }

    private static NewAdmission admission(String number, LocalDate decided, String certificate, String override) {
        return new NewAdmission(" Giàng  Thị Mai ", Gender.FEMALE, LocalDate.of(1998, 4, 12), "8", "tin lanh",
                GeneralEducation.UPPER_SECONDARY, ProfessionalQualification.COLLEGE, null, Occupation.FARMER, true,
                " LC-BT-XA-T1 ", number, decided, decided.plusDays(12), false, true, certificate, override);
    }

    @Test
    void recordsCarryWhatTheEntityDerivesOnTheRecordValidOnTheDecisionDate() {
        List<Admission> records = AdmissionTables.records(List.of(
                new AdmissionRow(admission("1-QĐ/ĐU", DECIDED, "NTVĐ-1", null), LocalDate.of(2023, 11, 17), null, null),
                AdmissionRow.of(admission("2-QĐ/ĐU", LocalDate.of(2025, 8, 1), null, "Lớp bị hoãn")),
                new AdmissionRow(admission("3-QĐ/ĐU", DECIDED, null, null), null, "ĐVM-3", LocalDate.of(2025, 1, 5))), ORGS, d -> 12);
        Admission verified = records.get(0);
        assertEquals("Giàng Thị Mai", verified.getFullName());
        assertEquals("08", verified.getEthnicityCode());
        assertTrue(verified.isMinority());
        assertEquals("Tin Lành", verified.getReligion());
        assertEquals(PoliticalTheory.NONE, verified.getPoliticalTheory());
        assertEquals(OLD.path(), verified.getOrgPath());
        assertEquals(DECIDED.plusDays(12).plusMonths(12), verified.getProbationEnd());
        assertEquals(CertificateStatus.VERIFIED, verified.getAwarenessCertStatus());
        assertEquals(LocalDate.of(2023, 11, 17), verified.getAwarenessCertIssuedOn());
        Admission overridden = records.get(1);
        assertEquals(NEW.path(), overridden.getOrgPath());
        assertEquals(CertificateStatus.OVERRIDDEN, overridden.getAwarenessCertStatus());
        assertEquals("Lớp bị hoãn", overridden.getCertOverrideReason());
        Admission unchecked = records.get(2);
        assertNull(unchecked.getAwarenessCertStatus());
        assertEquals("ĐVM-3", unchecked.getNewMemberCertNumber());
    }

    @Test
    void aRowWithoutAValueOrARecordOnItsDateIsRefusedWithItsNumber() {
        IllegalArgumentException noRecord = assertThrows(IllegalArgumentException.class, () -> AdmissionTables.records(
                List.of(AdmissionRow.of(admission("1-QĐ/ĐU", LocalDate.of(2014, 5, 1), null, null))), ORGS, d -> 12));
        assertTrue(noRecord.getMessage().startsWith("Admission row 1 (1-QĐ/ĐU): no record of LC-BT-XA-T1"), noRecord.getMessage());
        NewAdmission a = admission("1-QĐ/ĐU", DECIDED, null, null);
        NewAdmission nameless = new NewAdmission(" ", a.gender(), a.birthDate(), a.ethnicityCode(), a.religion(),
                a.generalEducation(), a.professionalQualification(), a.politicalTheory(), a.occupation(), false,
                a.organizationCode(), a.decisionNumber(), a.decisionDate(), null, false, false);
        assertEquals("fullName", AdmissionTables.missing(nameless));
        assertThrows(IllegalArgumentException.class, () -> AdmissionTables.records(List.of(AdmissionRow.of(nameless)), ORGS, d -> 12));
    }

    @Test
    void recordsEventsAndTargetsAreWrittenAsJpaWouldStoreThem() throws SQLException {
        List<Admission> records = AdmissionTables.records(List.of(
                new AdmissionRow(admission("1-QĐ/ĐU", DECIDED, "NTVĐ-1", null), LocalDate.of(2023, 11, 17), null, null)),
                ORGS, d -> 12);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            long first = BulkInserts.reserveIds(c, "admission", 1);
            AdmissionTables.insertAdmissions(c, records, first);
            AdmissionTables.insertCreationEvents(c, records, first, BulkInserts.reserveIds(c, "admission_event", 1), "Nạp dữ liệu");
            try (ResultSet rs = s.executeQuery("SELECT full_name, name_folded, minority, religion, political_theory, org_path,"
                    + " org_root, probation_end, awareness_cert_status, awareness_cert_issued_on, status, version"
                    + " FROM adm_admission WHERE id = " + first)) {
                assertTrue(rs.next());
                Admission a = records.get(0);
                assertEquals(a.getFullName(), rs.getString(1));
                assertEquals("giang thi mai", rs.getString(2));
                assertTrue(rs.getBoolean(3));
                assertEquals("Tin Lành", rs.getString(4));
                assertEquals("NONE", rs.getString(5));
                assertEquals(OLD.path(), rs.getString(6));
                assertEquals("00000001/", rs.getString(7));
                assertEquals(a.getProbationEnd(), rs.getDate(8).toLocalDate());
                assertEquals("VERIFIED", rs.getString(9));
                assertEquals(LocalDate.of(2023, 11, 17), rs.getDate(10).toLocalDate());
                assertEquals("ACTIVE", rs.getString(11));
                assertEquals(1, rs.getInt(12));
            }
            try (ResultSet rs = s.executeQuery("SELECT event_type, reason, snapshot FROM adm_admission_event"
                    + " WHERE admission_id = " + first)) {
                assertTrue(rs.next());
                assertEquals("CREATED", rs.getString(1));
                assertEquals("Nạp dữ liệu", rs.getString(2));
                assertEquals(AdmissionSnapshot.of(records.get(0)), rs.getString(3));
                assertFalse(rs.next());
            }

            List<AdmissionTables.Target> targets = AdmissionTables.targets(List.of(new TargetRecord("LC-BT-XA-T1", 2025, 4)), ORGS);
            assertEquals(NEW, targets.get(0).organization(), "the record that stands for the code at the end of 2025");
            AdmissionTables.insertTargets(c, targets, BulkInserts.reserveIds(c, "admission_target", 1),
                    BulkInserts.reserveIds(c, "admission_target_event", 1), "Nạp dữ liệu");
            try (ResultSet rs = s.executeQuery("SELECT t.organization_id, t.org_path, t.target_year, t.admissions, t.status,"
                    + " e.event_type, e.admissions, e.note FROM adm_target t JOIN adm_target_event e ON e.target_id = t.id")) {
                assertTrue(rs.next());
                assertEquals(9, rs.getLong(1));
                assertEquals(NEW.path(), rs.getString(2));
                assertEquals(List.of(2025, 4), List.of(rs.getInt(3), rs.getInt(4)));
                assertEquals("REGISTERED", rs.getString(5));
                assertEquals("REGISTERED", rs.getString(6));
                assertEquals(4, rs.getInt(7));
                assertEquals("Nạp dữ liệu", rs.getString(8));
            }
        }
    }

    @Test
    void aTargetNeedsARecordInItsYearAPossibleCountAndOneRowEach() {
        for (List<TargetRecord> bad : List.of(List.of(new TargetRecord("LC-BT-XA-T1", 2014, 4)),
                List.of(new TargetRecord("LC-BT-XA-T1", 2024, -1)),
                List.of(new TargetRecord("LC-BT-XA-T1", 2024, 4), new TargetRecord("LC-BT-XA-T1", 2024, 5)))) {
            assertThrows(IllegalArgumentException.class, () -> AdmissionTables.targets(bad, ORGS));
        }
        assertEquals(OLD, AdmissionTables.targets(List.of(new TargetRecord("LC-BT-XA-T1", 2024, 4)), ORGS).get(0).organization());
    }

    @Test
    void theSnapshotKeepsEveryValueInItsOrderWithNulls() {
        Admission a = AdmissionTables.records(List.of(AdmissionRow.of(admission("1-QĐ/ĐU", DECIDED, null, "Lớp bị \"hoãn\""))),
                ORGS, d -> 12).get(0);
        assertEquals("{\"fullName\":\"" + a.getFullName() + "\",\"gender\":\"FEMALE\",\"birthDate\":\"1998-04-12\","
                + "\"ethnicityCode\":\"08\",\"religion\":\"Tin Lành\",\"generalEducation\":\"UPPER_SECONDARY\","
                + "\"professionalQualification\":\"COLLEGE\",\"politicalTheory\":\"NONE\",\"occupation\":\"FARMER\","
                + "\"youthUnionMember\":true,\"organizationCode\":\"LC-BT-XA-T1\",\"decisionNumber\":\"1-QĐ/ĐU\","
                + "\"decisionDate\":\"2024-05-20\",\"ceremonyDate\":\"2024-06-01\",\"awarenessCertificateNumber\":null,"
                + "\"awarenessCertificateIssuedOn\":null,\"awarenessCertificateStatus\":\"OVERRIDDEN\","
                + "\"certificateOverrideReason\":\"Lớp bị \\\"hoãn\\\"\",\"status\":\"ACTIVE\"}", AdmissionSnapshot.of(a));
    }
}
