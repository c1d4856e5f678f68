package vn.ptdv.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.organization.api.OrganizationKind;

/**
 * Generates the Lào Cai demo dataset of docs/demo-data.md: the organisation tree (about 400 grassroots committees and
 * 3.000 cells), targets 2020–2024, about 11.500 admission records 2020–2024 and the membership of every cell at
 * 31/12/2024. The output depends only on {@link #SEED}: no clock, no hash order.
 *
 * <p>Exact figures come from top-down quotas, never from stored totals or retries: the year's admissions are split
 * over units, organisations and cells ({@link AdmissionPlan}); then each counted attribute is given to exactly the
 * required number of people ({@link AttributeAssigner}).
 */
public final class LaoCaiDemoGenerator {

    public static final long SEED = 20_241_231L;
    /** Every demo organisation exists from this date (the tree of 2020–2024; later changes are not modelled). */
    public static final LocalDate VALID_FROM = LocalDate.of(2015, 1, 1);
    /** The reporting date of the membership statistics. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    /** The province's members at {@link #AS_OF}: a plausible size for the old Lào Cai province. */
    private static final int PROVINCE_MEMBERS = 62_400;
    /** Membership fixed by demo-data.md. */
    private static final String NAM_MA_CELL = "LC-VB-NM-NM";
    private static final String MUONG_KHUONG_TOWN = "LC-MK-TT";
    private static final int NAM_MA_CELL_MEMBERS = 40;
    private static final int NAM_MA_CELL_WOMEN = 13;
    private static final int MUONG_KHUONG_TOWN_MEMBERS = 454;
    /** Term 2020–2025 targets fixed by demo-data.md (Nậm Mả) or chosen (Mường Khương town). */
    private static final Map<String, Integer> NAMED_TERM_TARGETS = Map.of("LC-VB-NM", 18, "LC-MK-TT", 100);
    /** The district congresses that opened the 2020–2025 term: decision numbers restart from here. */
    private static final LocalDate TERM_START = LocalDate.of(2020, 8, 1);

    private LaoCaiDemoGenerator() {
    }

    public static DemoDataset generate() {
        SplittableRandom rng = new SplittableRandom(SEED);
        LaoCaiTree tree = LaoCaiTree.build(rng.split());
        AdmissionPlan plan = AdmissionPlan.build(tree, rng.split());
        List<Draft> drafts = admissions(tree, plan, rng.split());
        numberDecisions(tree, drafts, rng.split());
        return new DemoDataset(organizations(tree), targets(tree, plan), termTargets(tree, plan),
                drafts.stream().map(Draft::toSeed).toList(), memberships(tree, drafts, rng.split()));
    }

    // ---- organisations and targets ----------------------------------------------------------------------------

    private static List<OrganizationSeed> organizations(LaoCaiTree tree) {
        List<OrganizationSeed> seeds = new ArrayList<>();
        tree.root.visit(u -> seeds.add(new OrganizationSeed(u.code, u.name, u.kind,
                u.parent == null ? null : u.parent.code, VALID_FROM)));
        return seeds;
    }

    private static List<TargetSeed> targets(LaoCaiTree tree, AdmissionPlan plan) {
        List<TargetSeed> targets = new ArrayList<>();
        for (int y = 0; y < AdmissionPlan.YEARS; y++) {
            int year = AdmissionPlan.FIRST_YEAR + y;
            targets.add(new TargetSeed(tree.root.code, year, plan.provinceTarget(y)));
            for (Unit upper : tree.root.children) {
                targets.add(new TargetSeed(upper.code, year, plan.upperTargets.get(upper)[y]));
            }
        }
        plan.targets2024.forEach((unit, t) -> targets.add(new TargetSeed(unit.code, AdmissionPlan.YEAR, t)));
        return targets;
    }

    /** Term 2020–2025: the 2020–2024 targets plus the 2024 target again for 2025; the province's is their sum. */
    private static List<TermTargetSeed> termTargets(LaoCaiTree tree, AdmissionPlan plan) {
        List<TermTargetSeed> terms = new ArrayList<>();
        int province = 0;
        List<TermTargetSeed> uppers = new ArrayList<>();
        for (Unit upper : tree.root.children) {
            int[] t = plan.upperTargets.get(upper);
            int term = t[AdmissionPlan.YEARS - 1];
            for (int v : t) {
                term += v;
            }
            province += term;
            uppers.add(new TermTargetSeed(upper.code, 2020, 2025, term));
        }
        terms.add(new TermTargetSeed(tree.root.code, 2020, 2025, province));
        terms.addAll(uppers);
        NAMED_TERM_TARGETS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> terms.add(new TermTargetSeed(e.getKey(), 2020, 2025, e.getValue())));
        return terms;
    }

    // ---- admissions -------------------------------------------------------------------------------------------

    private static List<Draft> admissions(LaoCaiTree tree, AdmissionPlan plan, SplittableRandom rng) {
        List<Draft> all = new ArrayList<>();
        AttributeAssigner assigner = new AttributeAssigner(tree, rng.split());
        YearProfile y2024 = YearProfile.of2024(plan.upperAdmissions.values().stream()
                .mapToInt(a -> a[AdmissionPlan.YEARS - 1]).sum());
        for (int y = 0; y < AdmissionPlan.YEARS; y++) {
            int year = AdmissionPlan.FIRST_YEAR + y;
            List<Draft> drafts = draftsOf(plan, y, year, all.size(), rng);
            if (year == AdmissionPlan.YEAR) {
                presetNamedPeople(tree, drafts);
            }
            assigner.assign(drafts, year == AdmissionPlan.YEAR ? y2024 : YearProfile.earlier(year, drafts.size(), y2024));
            all.addAll(drafts);
        }
        all.sort(Comparator.comparing((Draft d) -> d.decisionDate).thenComparingInt(d -> d.index));
        return all;
    }

    /** One draft per admission of the plan, with a decision on a working day and the ceremony 3–25 working days later. */
    private static List<Draft> draftsOf(AdmissionPlan plan, int y, int year, int firstIndex, SplittableRandom rng) {
        boolean last = year == AdmissionPlan.YEAR;
        List<LocalDate> days = WorkingDays.in(LocalDate.of(year, 1, 6), LocalDate.of(year, 12, last ? 20 : 28));
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Unit, int[]> e : plan.cellAdmissions.entrySet()) {
            for (int i = 0; i < e.getValue()[y]; i++) {
                LocalDate decision = Quotas.any(days, rng);
                LocalDate ceremony = WorkingDays.plus(decision, 3 + rng.nextInt(23));
                if (last && ceremony.isAfter(AS_OF)) {
                    ceremony = WorkingDays.plus(decision, WorkingDays.between(decision, AS_OF));
                }
                drafts.add(new Draft(firstIndex + drafts.size(), e.getKey(), year, decision, ceremony));
            }
        }
        return drafts;
    }

    /** demo-data.md: Chi bộ thôn Nậm Mả admitted only women in 2024; Chi bộ thôn Ải Nam admitted Cư Seo Mười. */
    private static void presetNamedPeople(LaoCaiTree tree, List<Draft> drafts) {
        Unit namMa = tree.get(NAM_MA_CELL);
        Unit aiNam = tree.get("LC-BT-PH-AN");
        Draft cu = drafts.stream().filter(d -> d.cell == aiNam).findFirst().orElseThrow();
        cu.fullName = "Cư Seo Mười";
        cu.gender = Gender.MALE;
        cu.minority = true;
        cu.ethnicityCode = "08";
        cu.religion = "Tin Lành";
        drafts.stream().filter(d -> d.cell == namMa).forEach(d -> d.gender = Gender.FEMALE);
    }

    /**
     * Decision numbers "1234-QĐ/HU-VB": the running number of the signing committee (huyện ủy, thành ủy, thị ủy or
     * the affiliated party committee), increasing with the date. The district congresses of mid-2020 restart the
     * numbering; the last months of the old term carry numbers above any of the new term, so every number is unique.
     */
    private static void numberDecisions(LaoCaiTree tree, List<Draft> drafts, SplittableRandom rng) {
        Map<Unit, List<Draft>> byIssuer = new LinkedHashMap<>();
        for (Unit upper : tree.root.children) {
            byIssuer.put(upper, new ArrayList<>());
        }
        drafts.forEach(d -> byIssuer.get(d.cell.upper()).add(d));
        byIssuer.forEach((upper, list) -> {
            String symbol = "-QĐ/" + tree.spec(upper).issuer();
            int number = 5 + rng.nextInt(20);
            for (Draft d : list) {
                if (!d.decisionDate.isBefore(TERM_START)) {
                    number += 1 + rng.nextInt(3);
                    d.decisionNumber = number + symbol;
                }
            }
            number += 200 + rng.nextInt(400);
            for (Draft d : list) {
                if (d.decisionDate.isBefore(TERM_START)) {
                    number += 1 + rng.nextInt(3);
                    d.decisionNumber = number + symbol;
                }
            }
        });
    }

    // ---- membership at 31/12/2024 -----------------------------------------------------------------------------

    private static List<MembershipSeed> memberships(LaoCaiTree tree, List<Draft> drafts, SplittableRandom rng) {
        return new MembershipPlanner(tree, drafts, rng).plan(PROVINCE_MEMBERS, Map.of(
                        NAM_MA_CELL, NAM_MA_CELL_MEMBERS, MUONG_KHUONG_TOWN, MUONG_KHUONG_TOWN_MEMBERS),
                Map.of(NAM_MA_CELL, NAM_MA_CELL_WOMEN));
    }

    static boolean isLeaf(OrganizationKind kind) {
        return kind == OrganizationKind.CELL || kind == OrganizationKind.GRASSROOTS_CELL;
    }
}
