package vn.ptdv.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import vn.ptdv.organization.api.OrganizationKind;

/**
 * Benchmark data at province and national scale, from the building blocks of the Lào Cai demo: the tree of
 * {@link LaoCaiTree}, the attributes of {@link AttributeAssigner} (shares of {@link YearProfile}), the names of
 * {@link PersonNames} and the working days of {@link WorkingDays}. The output depends only on the size: no clock, no
 * hash order.
 *
 * <p>Province 0 is Lào Cai itself, on top of the demo: extra cells bring its tree to {@link #ORGANIZATIONS_PER_PROVINCE}
 * organisations and extra admissions bring every year 2015–2024 to {@link #ADMISSIONS_PER_YEAR}. The other provinces
 * of the national size are whole LC-like trees of their own ("T01", "T02", …; codes "T01-BT-…") with the same numbers.
 * The Lào Cai demo itself ({@link LaoCaiDemoGenerator}) is not touched: its figures stay those of demo-data.md only in
 * the {@code demo} size.
 */
public final class SyntheticDataGenerator {

    public static final int ORGANIZATIONS_PER_PROVINCE = 5_000;
    public static final int ADMISSIONS_PER_YEAR = 10_000;
    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2024;
    /** The code of an extra cell: the committee's code, "-S" and a running number. */
    static final String EXTRA_CELL = "-S";

    /** The benchmark sizes of issue #8 ({@code demo} is the Lào Cai demo alone and needs no generator). */
    public enum Size {
        PROVINCE(1), NATIONAL(12);

        public final int provinces;

        Size(int provinces) {
            this.provinces = provinces;
        }

        public static Size of(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** A new organisation; the parent is named by code and comes earlier in the same list or already exists. */
    public record OrganizationRow(String code, String name, OrganizationKind kind, String parentCode) {
    }

    /** Receives one province at a time: its new organisations, then its admissions year by year. */
    public interface Sink {
        void province(int index, String rootCode, List<OrganizationRow> organizations);

        void admissions(int province, int year, List<AdmissionSeed> admissions);
    }

    private SyntheticDataGenerator() {
    }

    /** The root code of province {@code index}: "LC" for 0, "T01", "T02", … for the others. */
    public static String rootCode(int index) {
        return index == 0 ? "LC" : String.format("T%02d", index);
    }

    /** The code of the first extra cell of Lào Cai: its presence says the province size was loaded. */
    public static String firstExtraCellCode() {
        LaoCaiTree tree = LaoCaiTree.build(new SplittableRandom(LaoCaiDemoGenerator.SEED).split());
        return committees(tree).get(0).code + EXTRA_CELL + "01";
    }

    /**
     * Generates {@code size}, province after province; {@code existing} tells how many admissions of Lào Cai a year
     * already holds (the demo's 2020–2024), so that every year ends with {@link #ADMISSIONS_PER_YEAR}.
     */
    public static void generate(Size size, IntUnaryOperator existing, Sink sink) {
        for (int p = 0; p < size.provinces; p++) {
            generateProvince(p, p == 0 ? existing : year -> 0, sink);
        }
    }

    static void generateProvince(int p, IntUnaryOperator existing, Sink sink) {
        // Province 0 must be the demo's very tree (the first split of the demo's seed); the others vary the seed.
        SplittableRandom rng = new SplittableRandom(LaoCaiDemoGenerator.SEED + p);
        LaoCaiTree tree = LaoCaiTree.build(rng.split());
        String prefix = rootCode(p);
        List<OrganizationRow> rows = new ArrayList<>();
        if (p > 0) {
            tree.root.visit(u -> rows.add(new OrganizationRow(rename(u.code, prefix),
                    u.parent == null ? "Đảng bộ tỉnh Mẫu " + prefix.substring(1) : u.name, u.kind,
                    u.parent == null ? null : rename(u.parent.code, prefix))));
        }
        SplittableRandom own = new SplittableRandom(LaoCaiDemoGenerator.SEED * 31 + p);
        for (Unit cell : extraCells(tree, own)) {
            rows.add(new OrganizationRow(rename(cell.code, prefix), cell.name, cell.kind, rename(cell.parent.code, prefix)));
        }
        sink.province(p, prefix, rows);

        List<Unit> cells = tree.root.cells();
        double[] cumulative = new double[cells.size()];
        double sum = 0;
        for (int i = 0; i < cells.size(); i++) {
            Unit c = cells.get(i);
            sum += c.size * c.setting.admissionRate;
            cumulative[i] = sum;
        }
        AttributeAssigner assigner = new AttributeAssigner(tree, own.split());
        YearProfile base = YearProfile.of2024(2_300);
        int index = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int count = Math.max(0, ADMISSIONS_PER_YEAR - existing.applyAsInt(year));
            List<Draft> drafts = drafts(cells, cumulative, year, count, index, own);
            index += count;
            assigner.assign(drafts, YearProfile.earlier(year, count, base));
            number(drafts, tree, year, p == 0 ? "" : "." + prefix, own);
            drafts.sort(Comparator.comparing((Draft d) -> d.decisionDate).thenComparingInt(d -> d.index));
            sink.admissions(p, year, drafts.stream().map(d -> renamed(d.toSeed(), prefix)).toList());
        }
    }

    /** Cells under the grassroots committees, round robin, until the tree holds the province's organisations. */
    private static List<Unit> extraCells(LaoCaiTree tree, SplittableRandom rng) {
        int[] total = {0};
        tree.root.visit(u -> total[0]++);
        List<Unit> committees = committees(tree);
        int[] next = new int[committees.size()];
        List<Unit> extra = new ArrayList<>();
        for (int i = 0; total[0] + extra.size() < ORGANIZATIONS_PER_PROVINCE; i++) {
            int k = i % committees.size();
            Unit committee = committees.get(k);
            Setting setting = committee.children.stream().filter(Unit::isCell).findFirst()
                    .map(c -> c.setting).orElse(Setting.AGENCY);
            int n = ++next[k];
            Unit cell = new Unit(committee.code + EXTRA_CELL + String.format("%02d", n),
                    "Chi bộ khu dân cư số " + n + " " + committee.name.replaceFirst("^Đảng bộ ", ""),
                    OrganizationKind.CELL, committee, setting);
            cell.size = setting.minMembers + rng.nextInt(setting.maxMembers - setting.minMembers + 1);
            extra.add(cell);
        }
        return extra;
    }

    private static List<Unit> committees(LaoCaiTree tree) {
        List<Unit> committees = new ArrayList<>();
        tree.root.visit(u -> {
            if (u.kind == OrganizationKind.GRASSROOTS_COMMITTEE && u.children.stream().anyMatch(Unit::isCell)) {
                committees.add(u);
            }
        });
        return committees;
    }

    /** Decisions on working days of the year, the ceremony 3–25 working days later (2024: by 31/12/2024). */
    private static List<Draft> drafts(List<Unit> cells, double[] cumulative, int year, int count, int firstIndex,
                                      SplittableRandom rng) {
        boolean last = year == LAST_YEAR;
        List<LocalDate> days = WorkingDays.in(LocalDate.of(year, 1, 6), LocalDate.of(year, 12, last ? 20 : 28));
        double total = cumulative[cumulative.length - 1];
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
            Unit cell = cells.get(at >= 0 ? at : Math.min(-at - 1, cells.size() - 1));
            LocalDate decision = Quotas.any(days, rng);
            LocalDate ceremony = WorkingDays.plus(decision, 3 + rng.nextInt(23));
            if (last && ceremony.isAfter(LaoCaiDemoGenerator.AS_OF)) {
                ceremony = WorkingDays.plus(decision, WorkingDays.between(decision, LaoCaiDemoGenerator.AS_OF));
            }
            drafts.add(new Draft(firstIndex + i, cell, year, decision, ceremony));
        }
        return drafts;
    }

    /**
     * Decision numbers "2017/153-QĐ/HU-BT" (".T01" after the issuer outside Lào Cai): the year and the running number
     * of the signing committee in that year, in date order. The year prefix keeps them apart from the demo's numbers.
     */
    private static void number(List<Draft> drafts, LaoCaiTree tree, int year, String suffix, SplittableRandom rng) {
        drafts.sort(Comparator.comparing((Draft d) -> d.decisionDate).thenComparingInt(d -> d.index));
        java.util.Map<Unit, int[]> numbers = new java.util.HashMap<>();
        for (Draft d : drafts) {
            int[] n = numbers.computeIfAbsent(d.cell.upper(), u -> new int[] {rng.nextInt(20)});
            n[0] += 1 + rng.nextInt(3);
            d.decisionNumber = year + "/" + n[0] + "-QĐ/" + tree.spec(d.cell).issuer() + suffix;
        }
    }

    static String rename(String code, String prefix) {
        return prefix.equals("LC") ? code : prefix + code.substring(2);
    }

    private static AdmissionSeed renamed(AdmissionSeed s, String prefix) {
        return prefix.equals("LC") ? s : new AdmissionSeed(s.fullName(), s.gender(), s.birthDate(), s.ethnicityCode(),
                s.religion(), s.generalEducation(), s.professionalQualification(), s.politicalTheory(), s.occupation(),
                s.youthUnionMember(), rename(s.organizationCode(), prefix), s.decisionNumber(), s.decisionDate(),
                s.ceremonyDate(), s.educationAreaException());
    }
}
