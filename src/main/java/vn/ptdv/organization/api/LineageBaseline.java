package vn.ptdv.organization.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an organisation stood on in an earlier period, through its lineage (mergers, splits, moves, renames): the
 * records of {@code from}–{@code to} whose holdings now belong to {@code organization} (as it stands on {@code on}), and
 * the top-most of them, the predecessors a report names ("so với cùng kỳ: Đảng bộ xã A và Đảng bộ xã B").
 *
 * @param predecessors the top-most records of the period that make up the baseline, in path order (the organisation's
 *                     own record of then when nothing changed)
 * @param destinations record path of the period → path of the record it belongs to on {@code on}, at or below the
 *                     organisation; only those records count (unused when {@code wholeSubtree})
 * @param wholeSubtree nothing moved in or out since the period began: every record under the organisation's path
 *                     counts, as itself
 */
public record LineageBaseline(OrganizationRef organization, LocalDate on, LocalDate from, LocalDate to,
                              List<OrganizationRef> predecessors, Map<String, String> destinations, boolean wholeSubtree) {

    public LineageBaseline {
        predecessors = List.copyOf(predecessors);
        destinations = Map.copyOf(destinations);
    }

    /** The baseline of an organisation whose subtree did not change: its own record, every record below it. */
    public static LineageBaseline whole(OrganizationRef organization, LocalDate on, LocalDate from, LocalDate to) {
        return new LineageBaseline(organization, on, from, to, List.of(organization), Map.of(), true);
    }

    /** The path of the record the period's record of this path belongs to now; null when it does not count. */
    public String destinationOf(String path) {
        if (wholeSubtree) {
            return path.startsWith(organization.path()) ? path : null;
        }
        return destinations.get(path);
    }

    /** The subtree patterns to query the period's records with (each predecessor's subtree). */
    public List<String> patterns() {
        return predecessors.stream().map(OrganizationRef::subtreePattern).toList();
    }

    /** Whether the period's record of this path belongs to the organisation now. */
    public boolean counts(String path) {
        return destinationOf(path) != null;
    }

    /** Whether the baseline is the organisation's own record of then, with nothing moved out or in. */
    public boolean sameUnit() {
        return predecessors.size() == 1 && predecessors.get(0).code().equals(organization.code());
    }
}
