package vn.ptdv.organization.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * Where the units of an earlier period are now: the arithmetic behind every "so với cùng kỳ" across a reorganisation.
 * A record's holdings of that period (its admissions, its members) belong today to its <em>destination</em>: itself
 * when it is still valid; else, following its lineage links forward, the successor (a merge, a rename, a move under
 * another parent); a split predecessor's own holdings go to the first successor by code (its units were moved to the
 * successors before the split, and theirs follow them); a record closed without a successor (dissolved) leaves its
 * holdings with the destination of its parent then. Every record has at most one destination, so nothing is counted
 * twice and the baselines of a partition of the tree add up to the whole.
 */
public final class LineageArithmetic {

    private LineageArithmetic() {
    }

    /** A predecessor → successor link. */
    public record Link(long predecessor, long successor) {
    }

    /**
     * The destination on {@code on} of the record {@code id}, or null when the chain leaves the known records or ends
     * with a top record closed without successor.
     *
     * @param records  the records by id (at least every record the chain passes through)
     * @param forward  the links by predecessor id
     */
    public static OrganizationRef destination(long id, LocalDate on, Map<Long, OrganizationRef> records,
                                              Map<Long, List<Link>> forward, Map<Long, OrganizationRef> memo) {
        List<Long> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long current = id;
        OrganizationRef found = null;
        while (current != null && seen.add(current)) {
            if (memo.containsKey(current)) {
                found = memo.get(current);
                break;
            }
            chain.add(current);
            OrganizationRef r = records.get(current);
            if (r == null) {
                break;
            }
            if (r.validOn(on)) {
                found = r;
                break;
            }
            if (r.validFrom().isAfter(on)) {
                break;  // not yet open on that day: nothing of it is held then
            }
            List<Link> next = forward.getOrDefault(current, List.of());
            if (!next.isEmpty()) {
                current = next.stream().map(l -> records.get(l.successor())).filter(java.util.Objects::nonNull)
                        .min(Comparator.comparing(OrganizationRef::code).thenComparing(OrganizationRef::id))
                        .map(OrganizationRef::id).orElse(null);
            } else {
                current = r.parentId();
            }
        }
        for (Long c : chain) {
            memo.put(c, found);
        }
        return found;
    }

    /** The top-most of the records: those not below another of them (by path), in path order. */
    public static List<OrganizationRef> tops(Collection<OrganizationRef> records) {
        List<OrganizationRef> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(OrganizationRef::path));
        List<OrganizationRef> out = new ArrayList<>();
        for (OrganizationRef r : sorted) {
            if (out.isEmpty() || !r.path().startsWith(out.get(out.size() - 1).path())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Of the records of the earlier period, those whose destination on {@code on} lies at or below {@code current}:
     * record path → destination path.
     */
    public static Map<String, String> belongingTo(OrganizationRef current, LocalDate on, Collection<OrganizationRef> earlier,
                                                  Map<Long, OrganizationRef> records, Map<Long, List<Link>> forward) {
        Map<Long, OrganizationRef> memo = new HashMap<>();
        Map<String, String> out = new HashMap<>();
        for (OrganizationRef r : earlier) {
            OrganizationRef d = destination(r.id(), on, records, forward, memo);
            if (d != null && d.path().startsWith(current.path())) {
                out.put(r.path(), d.path());
            }
        }
        return out;
    }
}
