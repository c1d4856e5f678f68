package vn.ptdv.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.control.LineageArithmetic.Link;

/** The destination of a record's holdings through merges, splits, moves, renames and dissolutions, and chains of them. */
class LineageArithmeticTest {

    static final LocalDate START = LocalDate.of(2015, 1, 1);
    static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);
    static final LocalDate LATER = LocalDate.of(2026, 1, 1);
    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    final Map<Long, OrganizationRef> records = new HashMap<>();
    final Map<Long, List<Link>> forward = new HashMap<>();

    OrganizationRef record(long id, String code, OrganizationRef parent, LocalDate from, LocalDate to) {
        OrganizationRef r = new OrganizationRef(id, code, code, OrganizationKind.CELL, parent == null ? null : parent.code(),
                parent == null ? null : parent.id(), OrganizationRef.pathOf(parent == null ? null : parent.path(), id),
                parent == null ? 0 : parent.depth() + 1, from, to);
        records.put(id, r);
        return r;
    }

    void link(OrganizationRef from, OrganizationRef to) {
        forward.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(new Link(from.id(), to.id()));
    }

    OrganizationRef destination(OrganizationRef r) {
        return LineageArithmetic.destination(r.id(), ON, records, forward, new HashMap<>());
    }

    @Test
    void aRecordStillValidIsItsOwnDestination() {
        OrganizationRef p = record(1, "P", null, START, null);
        assertEquals(p, destination(p));
    }

    @Test
    void mergedCommunesAndTheirMovedCellsBelongToTheNewCommune() {
        OrganizationRef p = record(1, "P", null, START, null);
        OrganizationRef a = record(2, "A", p, START, CHANGE.minusDays(1));
        OrganizationRef b = record(3, "B", p, START, CHANGE.minusDays(1));
        OrganizationRef a1 = record(4, "A-1", a, START, CHANGE.minusDays(1));
        OrganizationRef n = record(5, "N", p, CHANGE, null);
        OrganizationRef a1moved = record(6, "A-1", n, CHANGE, null);
        link(a, n);
        link(b, n);
        link(a1, a1moved);
        assertEquals(n, destination(a));
        assertEquals(n, destination(b));
        assertEquals(a1moved, destination(a1));
        Map<String, String> in = LineageArithmetic.belongingTo(n, ON, List.of(a, b, a1), records, forward);
        assertEquals(3, in.size());
        assertEquals(List.of(a, b), LineageArithmetic.tops(List.of(a1, b, a)));
    }

    @Test
    void aSplitSendsEachUnitWithItsSuccessorAndTheOwnHoldingsToTheFirstByCode() {
        OrganizationRef p = record(1, "P", null, START, null);
        OrganizationRef d = record(2, "D", p, START, CHANGE.minusDays(1));
        OrganizationRef c1 = record(3, "D-1", d, START, CHANGE.minusDays(1));
        OrganizationRef c2 = record(4, "D-2", d, START, CHANGE.minusDays(1));
        OrganizationRef s2 = record(6, "S2", p, CHANGE, null);
        OrganizationRef s1 = record(5, "S1", p, CHANGE, null);
        OrganizationRef c1moved = record(7, "D-1", s1, CHANGE, null);
        OrganizationRef c2moved = record(8, "D-2", s2, CHANGE, null);
        link(c1, c1moved);
        link(c2, c2moved);
        link(d, s2);
        link(d, s1);
        List<OrganizationRef> earlier = List.of(d, c1, c2);
        Map<String, String> toS1 = LineageArithmetic.belongingTo(s1, ON, earlier, records, forward);
        Map<String, String> toS2 = LineageArithmetic.belongingTo(s2, ON, earlier, records, forward);
        assertEquals(java.util.Set.of(d.path(), c1.path()), toS1.keySet());
        assertEquals(java.util.Set.of(c2.path()), toS2.keySet(), "nothing counted twice");
    }

    @Test
    void aCellMovedToAnotherCommuneLeavesWithItsHoldings() {
        OrganizationRef p = record(1, "P", null, START, null);
        OrganizationRef a = record(2, "A", p, START, null);
        OrganizationRef b = record(3, "B", p, START, null);
        OrganizationRef cell = record(4, "A-1", a, START, CHANGE.minusDays(1));
        OrganizationRef moved = record(5, "A-1", b, CHANGE, null);
        link(cell, moved);
        assertEquals(Map.of(), LineageArithmetic.belongingTo(a, ON, List.of(a, cell), records, forward).entrySet().stream()
                .filter(e -> e.getKey().equals(cell.path())).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue)));
        assertEquals(moved.path(), LineageArithmetic.belongingTo(b, ON, List.of(cell), records, forward).get(cell.path()));
    }

    @Test
    void aDissolvedCellStaysWithItsParentAndAChainIsFollowedToItsEnd() {
        OrganizationRef p = record(1, "P", null, START, null);
        OrganizationRef a = record(2, "A", p, START, CHANGE.minusDays(1));
        OrganizationRef dissolved = record(3, "A-9", a, START, LocalDate.of(2025, 3, 31));
        OrganizationRef n = record(4, "N", p, CHANGE, LATER.minusDays(1));
        OrganizationRef renamed = record(5, "N2", p, LATER, null);
        link(a, n);
        link(n, renamed);
        assertEquals(renamed, destination(dissolved));
        assertEquals(renamed, destination(a));
    }

    @Test
    void aTopRecordClosedWithoutSuccessorBelongsNowhere() {
        OrganizationRef gone = record(1, "G", null, START, CHANGE.minusDays(1));
        OrganizationRef cell = record(2, "G-1", gone, START, CHANGE.minusDays(1));
        assertNull(destination(cell));
    }
}
