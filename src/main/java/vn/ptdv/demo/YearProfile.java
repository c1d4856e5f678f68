package vn.ptdv.demo;

import java.util.Map;

/**
 * The exact attribute counts that one year's admissions must show. For 2024 they are the published figures of
 * demo-data.md; for 2020–2023 (not published) they follow the 2024 shares with a gentle trend: fewer women, ethnic
 * minorities and graduates in earlier years.
 *
 * @param qualifications thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp; everyone else has no qualification
 * @param privateWithin  people in private economic units that must come from a subtree (code → count)
 */
record YearProfile(int admissions, int women, int minorities, int pupils, int privateUnit, int upperSecondary,
                   int young, int[] qualifications, Map<String, Integer> privateWithin) {

    /** Share of people aged 18–30 (domain.md §3.2 cites 64% in a 2024 quarter). */
    static final double YOUNG_SHARE = 0.625;

    /** The 2024 province figures (demo-data.md, "Province totals for 2024"). */
    static YearProfile of2024(int admissions) {
        return new YearProfile(admissions, 1_100, 1_452, 65, 85, 1_810, (int) Math.round(admissions * YOUNG_SHARE),
                new int[] {40, 754, 303, 150, 48}, Map.of("LC-MK-TT", 9));
    }

    /** An earlier year: the 2024 shares scaled by the year's trend factor (2020: 0,94 … 2023: 0,985). */
    static YearProfile earlier(int year, int admissions, YearProfile y2024) {
        double trend = 1.0 - 0.015 * (AdmissionPlan.YEAR - year);
        double n = admissions / (double) y2024.admissions();
        int[] q = new int[y2024.qualifications().length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (int) Math.round(y2024.qualifications()[i] * n * (i < 3 ? trend * trend : 1.0));
        }
        return new YearProfile(admissions,
                (int) Math.round(y2024.women() * n * trend),
                (int) Math.round(y2024.minorities() * n * trend),
                (int) Math.round(y2024.pupils() * n),
                (int) Math.round(y2024.privateUnit() * n * trend),
                (int) Math.round(y2024.upperSecondary() * n * trend),
                (int) Math.round(admissions * YOUNG_SHARE),
                q, Map.of());
    }
}
