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
        long[] sums = new long[3];
        rolledUp(b, sums);
        return sums[0];
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
