package vn.ptdv.admission.control;

import java.time.LocalDate;

/**
 * Độ tuổi "đủ 18 đến 30 tuổi": age in full years at the decision date from 18 to 30. Portable SQL has no date
 * arithmetic (Derby lacks intervals, PostgreSQL lacks YEAR()), so the count is split: for decisions in year Y,
 * everyone born from 1 January Y−30 to 31 December Y−19 is certainly in the band whatever the decision day (a date
 * range, counted in SQL); those born in Y−31 (30 or 31 on the day) or Y−18 (17 or 18) depend on the day and month,
 * so SQL groups them by (birth date, decision date) and Java decides each group with {@link #contains}.
 */
public record AgeBand(int minAge, int maxAge) {

    /** Thanh niên: 18–30. */
    public static final AgeBand YOUTH = new AgeBand(18, 30);

    /** Age in full years on the day (a birthday on 29 February counts on 1 March in common years, as the JDK does). */
    public static int age(LocalDate birth, LocalDate on) {
        return java.time.Period.between(birth, on).getYears();
    }

    public boolean contains(LocalDate birth, LocalDate on) {
        int a = age(birth, on);
        return a >= minAge && a <= maxAge;
    }

    /** First birth date certainly in the band for every decision day of the year: 1 January (year − maxAge). */
    public LocalDate certainFrom(int year) {
        return LocalDate.of(year - maxAge, 1, 1);
    }

    /** Last birth date certainly in the band for every decision day of the year: 31 December (year − minAge − 1). */
    public LocalDate certainTo(int year) {
        return LocalDate.of(year - minAge - 1, 12, 31);
    }

    /** The birth year whose members are maxAge or maxAge + 1 on a day of the year. */
    public int upperEdgeBirthYear(int year) {
        return year - maxAge - 1;
    }

    /** The birth year whose members are minAge − 1 or minAge on a day of the year. */
    public int lowerEdgeBirthYear(int year) {
        return year - minAge;
    }
}
