package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.emulation.control.EligibilityEvaluator.Participant;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;

/** A participant of a campaign: every record of its code during the period summed as one unit. */
class CampaignEvaluatorTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    private static OrganizationRef record(long id, String name, LocalDate from, LocalDate to) {
        return new OrganizationRef(id, "LC-X", name, OrganizationKind.GRASSROOTS_COMMITTEE, "LC", 1L,
                String.format("00000001/%08d/", id), 1, from, to);
    }

    @Test
    void aRenamedUnitIsOneParticipantNamedAsItsLatestRecord() {
        OrganizationRef before = record(2, "Đảng bộ xã X", LocalDate.of(2015, 1, 1), LocalDate.of(2025, 6, 30));
        OrganizationRef after = record(9, "Đảng bộ xã X mới", LocalDate.of(2025, 7, 1), null);
        Map<String, UnitAchievement> figures = Map.of(
                before.path(), new UnitAchievement(before.path(), 10, LocalDate.of(2025, 2, 1), 8, 4, 3, 1, 0),
                after.path(), new UnitAchievement(after.path(), 6, LocalDate.of(2025, 7, 15), 5, 2, 2, 0, 1));
        Participant p = CampaignEvaluator.participant("LC-X", List.of(before, after), figures,
                Map.of(before.path(), 2L, after.path(), 1L), "Đảng bộ tỉnh", END, Map.of(), List.of());
        assertEquals("Đảng bộ xã X mới", p.name());
        assertEquals(new UnitAchievement(after.path(), 16, LocalDate.of(2025, 2, 1), 13, 6, 5, 1, 1), p.figures());
        assertEquals(3, p.unresolvedWarnings());
        assertNull(p.closedOn());
    }

    @Test
    void aUnitWithoutTargetsOrOpenRecordsHasNoTargetAndItsLastDay() {
        OrganizationRef closed = record(2, "Đảng bộ xã X", LocalDate.of(2015, 1, 1), LocalDate.of(2025, 6, 30));
        Participant p = CampaignEvaluator.participant("LC-X", List.of(closed), Map.of(), Map.of(), null, END, Map.of(),
                List.of());
        assertNull(p.figures().target());
        assertEquals(0, p.figures().admitted());
        assertEquals(LocalDate.of(2025, 6, 30), p.closedOn());
    }
}
