package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ptdv.demo.LaoCaiUnits.Upper;

/**
 * How many people each cell admits in each year 2020–2024, and the registered targets. Every figure is a quota split
 * top-down with {@link Quotas#allocate}: the province's yearly total over the 13 units (2024: the exact figures of
 * demo-data.md), each unit's total over its grassroots organisations, each organisation's over its cells. The named
 * units of demo-data.md enter as fixed parts of those splits.
 */
final class AdmissionPlan {

    static final int FIRST_YEAR = 2020;
    static final int YEAR = 2024;
    static final int YEARS = YEAR - FIRST_YEAR + 1;
    /**
     * The province's admissions in 2020–2023. Not in the seed article: plausible figures below the 2015–2020 average
     * of over 2.500 a year (domain.md §10.6), with the 2021 COVID dip.
     */
    private static final int[] PROVINCE_BEFORE_2024 = {2_468, 2_196, 2_331, 2_178};
    /** The named grassroots committees' admissions 2020–2024 (demo-data.md). */
    private static final Map<String, int[]> NAMED_ADMISSIONS = Map.of(
            "LC-VB-NM", new int[] {2, 1, 2, 2, 14},
            "LC-MK-TT", new int[] {15, 18, 20, 19, 21});
    /** The named cells' admissions in 2024: Chi bộ thôn Nậm Mả 6 (demo-data.md), Chi bộ thôn Ải Nam at least 1. */
    private static final Map<String, Integer> NAMED_CELLS_2024 = Map.of("LC-VB-NM-NM", 6);
    private static final Map<String, Integer> AT_LEAST_ONE_2024 = Map.of("LC-BT-PH-AN", 1, "LC-BT-PH", 1);
    /** Grassroots targets fixed by demo-data.md. */
    private static final Map<String, Integer> NAMED_TARGETS = Map.of("LC-VB-NM", 6);
    /** Share of grassroots organisations that admit noticeably less than the others relative to their targets. */
    private static final double LAGGING_SHARE = 0.3;

    private final LaoCaiTree tree;
    private final SplittableRandom rng;
    /** Per cell: admissions in FIRST_YEAR..YEAR. */
    final Map<Unit, int[]> cellAdmissions = new LinkedHashMap<>();
    /** Per unit directly under LC: admissions in FIRST_YEAR..YEAR. */
    final Map<Unit, int[]> upperAdmissions = new LinkedHashMap<>();
    /** Per unit directly under LC: targets in FIRST_YEAR..YEAR. */
    final Map<Unit, int[]> upperTargets = new LinkedHashMap<>();
    /** 2024 targets of grassroots organisations and of the cells under grassroots committees (zeros left out). */
    final Map<Unit, Integer> targets2024 = new LinkedHashMap<>();
    private final Map<Unit, Double> pace = new LinkedHashMap<>();

    private AdmissionPlan(LaoCaiTree tree, SplittableRandom rng) {
        this.tree = tree;
        this.rng = rng;
    }

    static AdmissionPlan build(LaoCaiTree tree, SplittableRandom rng) {
        AdmissionPlan plan = new AdmissionPlan(tree, rng);
        plan.choosePaces();
        plan.planUpperTotals();
        for (Unit upper : tree.root.children) {
            plan.planTargets2024(upper);
            for (int y = 0; y < YEARS; y++) {
                plan.planGrassroots(upper, y);
            }
        }
        plan.planEarlierUpperTargets();
        return plan;
    }

    /** Each grassroots organisation's pace against its target: about 30% lag (0,55–0,85), the rest lead (1,0–1,6). */
    private void choosePaces() {
        for (Unit upper : tree.root.children) {
            List<Unit> orgs = new ArrayList<>(upper.children);
            PlaceNames.shuffle(orgs, rng);
            int lagging = (int) Math.ceil(orgs.size() * LAGGING_SHARE);
            for (int i = 0; i < orgs.size(); i++) {
                pace.put(orgs.get(i), i < lagging ? Quotas.between(rng, 0.55, 0.85) : Quotas.between(rng, 1.0, 1.6));
            }
        }
    }

    private void planUpperTotals() {
        List<Unit> uppers = tree.root.children;
        int n = uppers.size();
        for (Unit u : uppers) {
            int[] a = new int[YEARS];
            a[YEARS - 1] = tree.spec(u).admitted2024();
            upperAdmissions.put(u, a);
        }
        for (int y = 0; y < YEARS - 1; y++) {
            double[] weights = new double[n];
            int[] min = new int[n];
            int[] max = new int[n];
            for (int i = 0; i < n; i++) {
                Unit u = uppers.get(i);
                weights[i] = tree.spec(u).admitted2024() * Quotas.between(rng, 0.85, 1.15);
                min[i] = namedWithin(u, y);
                max[i] = Integer.MAX_VALUE / 64;
            }
            int[] parts = Quotas.allocate(PROVINCE_BEFORE_2024[y], weights, min, max);
            for (int i = 0; i < n; i++) {
                upperAdmissions.get(uppers.get(i))[y] = parts[i];
            }
        }
    }

    private int namedWithin(Unit upper, int y) {
        int sum = 0;
        for (Map.Entry<String, int[]> e : NAMED_ADMISSIONS.entrySet()) {
            if (tree.get(e.getKey()).upper() == upper) {
                sum += e.getValue()[y];
            }
        }
        return sum;
    }

    /** Grassroots targets add up to the unit's target; each at least 1; cell targets add up to their committee's. */
    private void planTargets2024(Unit upper) {
        List<Unit> orgs = upper.children;
        double[] weights = orgs.stream().mapToDouble(Unit::admissionWeight).toArray();
        int[] min = new int[orgs.size()];
        int[] max = new int[orgs.size()];
        for (int i = 0; i < orgs.size(); i++) {
            Integer fixed = NAMED_TARGETS.get(orgs.get(i).code);
            min[i] = fixed != null ? fixed : 1;
            max[i] = fixed != null ? fixed : Integer.MAX_VALUE / 1024;
        }
        int[] parts = Quotas.allocate(tree.spec(upper).target2024(), weights, min, max);
        for (int i = 0; i < orgs.size(); i++) {
            Unit org = orgs.get(i);
            targets2024.put(org, parts[i]);
            if (!org.isCell()) {
                List<Unit> cells = org.cells();
                int[] cellParts = Quotas.allocate(parts[i], cells.stream().mapToDouble(Unit::admissionWeight).toArray());
                for (int c = 0; c < cells.size(); c++) {
                    if (cellParts[c] > 0) {
                        targets2024.put(cells.get(c), cellParts[c]);
                    }
                }
            }
        }
    }

    /** Splits the unit's year total over its grassroots organisations, then each organisation's over its cells. */
    private void planGrassroots(Unit upper, int y) {
        List<Unit> orgs = upper.children;
        int n = orgs.size();
        double[] weights = new double[n];
        int[] min = new int[n];
        int[] max = new int[n];
        for (int i = 0; i < n; i++) {
            Unit org = orgs.get(i);
            double drift = y == YEARS - 1 ? pace.get(org) : Quotas.between(rng, 0.6, 1.4);
            weights[i] = org.admissionWeight() * drift;
            int[] named = NAMED_ADMISSIONS.get(org.code);
            min[i] = named != null ? named[y] : y == YEARS - 1 ? AT_LEAST_ONE_2024.getOrDefault(org.code, 0) : 0;
            max[i] = named != null ? named[y] : Integer.MAX_VALUE / 1024;
        }
        int[] parts = Quotas.allocate(upperAdmissions.get(upper)[y], weights, min, max);
        for (int i = 0; i < n; i++) {
            splitOverCells(orgs.get(i), y, parts[i]);
        }
    }

    private void splitOverCells(Unit org, int y, int count) {
        List<Unit> cells = org.cells();
        int n = cells.size();
        double[] weights = new double[n];
        int[] min = new int[n];
        int[] max = new int[n];
        for (int i = 0; i < n; i++) {
            Unit cell = cells.get(i);
            weights[i] = cell.size * cell.setting.admissionRate * Quotas.between(rng, 0.4, 1.6);
            Integer fixed = y == YEARS - 1 ? NAMED_CELLS_2024.get(cell.code) : null;
            min[i] = fixed != null ? fixed : y == YEARS - 1 ? AT_LEAST_ONE_2024.getOrDefault(cell.code, 0) : 0;
            max[i] = fixed != null ? fixed : Integer.MAX_VALUE / 1024;
        }
        int[] parts = Quotas.allocate(count, weights, min, max);
        for (int i = 0; i < n; i++) {
            cellAdmissions.computeIfAbsent(cells.get(i), c -> new int[YEARS])[y] = parts[i];
        }
    }

    /** 2020–2023 targets of the 13 units: 86–97% of what they then admitted (every unit exceeded its plan). */
    private void planEarlierUpperTargets() {
        for (Unit upper : tree.root.children) {
            int[] t = new int[YEARS];
            int[] a = upperAdmissions.get(upper);
            for (int y = 0; y < YEARS - 1; y++) {
                t[y] = Math.max(1, (int) Math.round(a[y] * Quotas.between(rng, 0.86, 0.97)));
            }
            t[YEARS - 1] = tree.spec(upper).target2024();
            upperTargets.put(upper, t);
        }
    }

    /** The province's own target of a year: the sum of its units' (2024: 2.022, demo-data.md). */
    int provinceTarget(int y) {
        return upperTargets.values().stream().mapToInt(t -> t[y]).sum();
    }

    static int[] sumOf(Iterable<int[]> rows) {
        int[] sum = new int[YEARS];
        for (int[] r : rows) {
            for (int y = 0; y < YEARS; y++) {
                sum[y] += r[y];
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return Arrays.toString(sumOf(cellAdmissions.values()));
    }
}
