package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Membership of every cell at 31/12/2024. Probationary members are exactly those whose 12-month probation, counted
 * from the ceremony, has not ended (every 2024 admission and the late-2023 ones). Totals are split from the province
 * figure by cell size, each cell keeping at least its 2020–2024 admissions plus three official members; the named units
 * of demo-data.md are fixed parts of that split. Women and minorities follow the cell's setting and district but
 * never fall below the women and minorities it admitted in 2020–2024.
 */
final class MembershipPlanner {

    private final LaoCaiTree tree;
    private final SplittableRandom rng;
    private final Map<Unit, int[]> admitted = new LinkedHashMap<>();

    /** Counts per cell: [admitted 2020–2024, still probationary, women admitted, minorities admitted]. */
    MembershipPlanner(LaoCaiTree tree, List<Draft> drafts, SplittableRandom rng) {
        this.tree = tree;
        this.rng = rng;
        for (Unit cell : tree.root.cells()) {
            admitted.put(cell, new int[4]);
        }
        for (Draft d : drafts) {
            int[] a = admitted.get(d.cell);
            a[0]++;
            if (d.ceremonyDate.isAfter(LaoCaiDemoGenerator.AS_OF.minusYears(1))) {
                a[1]++;
            }
            a[2] += d.gender == vn.ptdv.admission.api.Gender.FEMALE ? 1 : 0;
            a[3] += d.minority ? 1 : 0;
        }
    }

    List<MembershipSeed> plan(int provinceTotal, Map<String, Integer> fixedTotals, Map<String, Integer> fixedWomen) {
        Map<Unit, Integer> totals = new LinkedHashMap<>();
        List<Unit> rest = new ArrayList<>(admitted.keySet());
        int fixedSum = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(fixedTotals).entrySet()) {
            Unit unit = tree.get(e.getKey());
            List<Unit> cells = unit.cells();
            split(cells, e.getValue(), totals);
            rest.removeAll(cells);
            fixedSum += e.getValue();
        }
        split(rest, provinceTotal - fixedSum, totals);
        List<MembershipSeed> seeds = new ArrayList<>();
        for (Unit cell : admitted.keySet()) {
            int total = totals.get(cell);
            int[] a = admitted.get(cell);
            Integer women = fixedWomen.get(cell.code);
            double minorityShare = Math.min(1.0, tree.spec(cell).minorityShare() * cell.setting.minorityFactor);
            seeds.add(new MembershipSeed(cell.code, LaoCaiDemoGenerator.AS_OF, total,
                    women != null ? women : share(total, cell.setting.womenShare, a[2]),
                    share(total, minorityShare, a[3]), a[1]));
        }
        return seeds;
    }

    private void split(List<Unit> cells, int total, Map<Unit, Integer> into) {
        double[] weights = new double[cells.size()];
        int[] min = new int[cells.size()];
        int[] max = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            weights[i] = cells.get(i).size;
            min[i] = admitted.get(cells.get(i))[0] + 3;
            max[i] = Integer.MAX_VALUE / (cells.size() + 1);
        }
        int[] parts = Quotas.allocate(total, weights, min, max);
        for (int i = 0; i < cells.size(); i++) {
            into.put(cells.get(i), parts[i]);
        }
    }

    /** About {@code share} of {@code total}, give or take a fifth, but never fewer than {@code atLeast}. */
    private int share(int total, double share, int atLeast) {
        int n = (int) Math.round(total * Math.min(1.0, share * Quotas.between(rng, 0.8, 1.2)));
        return Math.min(total, Math.max(atLeast, n));
    }
}
