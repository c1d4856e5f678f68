package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import vn.ptdv.organization.api.LineageBaseline;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * The admissions of a lineage baseline's period that count in it: one grouped query per predecessor subtree
 * ({@link AdmissionFiguresRepository#groupCountsByPath}), each record's count given to the record it belongs to now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LineageCounts {

    @Inject
    AdmissionFiguresRepository figures;

    /** The counts that belong to the organisation now. */
    public long admitted(LineageBaseline b) {
        if (b.wholeSubtree()) {   // nothing moved in or out: one count over the subtree's index range
            return figures.countInSubtree(b.organization().path(), b.from(), b.to());
        }
        long[] sums = new long[3];
        rolledUp(b, sums);
        return sums[0];
    }

    /**
     * The counts of the period by where they belong now: {@code byPrefix} rolled up from that record to every level
     * above it, {@code exact} on the record itself; each value {admitted, women, minorities}.
     */
    public record Placed(Map<String, long[]> byPrefix, Map<String, long[]> exact) {
    }

    /** Admitted, women and minorities of the baseline's period, placed where each record belongs now. */
    public Placed placed(LineageBaseline b) {
        Map<String, long[]> byPrefix = new HashMap<>();
        Map<String, long[]> exact = new HashMap<>();
        for (OrganizationRef top : b.predecessors()) {
            for (Map.Entry<String, long[]> e : figures.groupCountsByPath(top.path(), b.from(), b.to()).entrySet()) {
                String d = b.destinationOf(e.getKey());
                if (d == null) {
                    continue;
                }
                long[] c = {e.getValue()[0], e.getValue()[1], e.getValue()[2]};
                exact.merge(d, c, LineageCounts::add);
                for (int end = OrganizationRef.PATH_LEVEL; end <= d.length(); end += OrganizationRef.PATH_LEVEL) {
                    byPrefix.merge(d.substring(0, end), c.clone(), LineageCounts::add);
                }
            }
        }
        return new Placed(byPrefix, exact);
    }

    private static long[] add(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    /**
     * The counts rolled up from the record they belong to now to every level above it (path prefix → admitted);
     * {@code sums} gets {admitted, women, minorities}.
     */
    public Map<String, Long> rolledUp(LineageBaseline b, long[] sums) {
        Map<String, Long> rolled = new HashMap<>();
        for (OrganizationRef top : b.predecessors()) {
            for (Map.Entry<String, long[]> e : figures.groupCountsByPath(top.path(), b.from(), b.to()).entrySet()) {
                String d = b.destinationOf(e.getKey());
                if (d == null) {
                    continue;
                }
                long[] c = e.getValue();
                for (int i = 0; i < 3; i++) {
                    sums[i] += c[i];
                }
                for (int end = OrganizationRef.PATH_LEVEL; end <= d.length(); end += OrganizationRef.PATH_LEVEL) {
                    rolled.merge(d.substring(0, end), c[0], Long::sum);
                }
            }
        }
        return rolled;
    }
}
