package vn.ptdv.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo's working-day calendar: Monday to Friday without the public holidays of 2020–2025 (New Year, the Tết week,
 * Hùng Kings' day, 30/4, 1/5, 2/9 and the day next to it). Only the generator uses it; the product's own holiday
 * calendar is configuration.
 */
final class WorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
            MonthDay.of(9, 2), MonthDay.of(9, 3));
    /** First day of Tết (lunar new year) and Hùng Kings' day (10/3 lunar), per year. */
    private static final List<LocalDate> TET = List.of(LocalDate.of(2020, 1, 25), LocalDate.of(2021, 2, 12),
            LocalDate.of(2022, 2, 1), LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29));
    private static final Set<LocalDate> HUNG_KINGS = Set.of(LocalDate.of(2020, 4, 2), LocalDate.of(2021, 4, 21),
            LocalDate.of(2022, 4, 10), LocalDate.of(2023, 4, 29), LocalDate.of(2024, 4, 18), LocalDate.of(2025, 4, 7));

    /** The calendar of 2019–2026, computed once. */
    private static final LocalDate TABLE_START = LocalDate.of(2019, 1, 1);
    private static final boolean[] TABLE = table(TABLE_START, LocalDate.of(2026, 12, 31));

    private WorkingDays() {
    }

    private static boolean[] table(LocalDate from, LocalDate to) {
        boolean[] t = new boolean[(int) (to.toEpochDay() - from.toEpochDay() + 1)];
        for (int i = 0; i < t.length; i++) {
            t[i] = compute(from.plusDays(i));
        }
        return t;
    }

    static boolean isWorkingDay(LocalDate day) {
        long i = day.toEpochDay() - TABLE_START.toEpochDay();
        return i >= 0 && i < TABLE.length ? TABLE[(int) i] : compute(day);
    }

    private static boolean compute(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || FIXED.contains(MonthDay.from(day))
                || HUNG_KINGS.contains(day)) {
            return false;
        }
        for (LocalDate tet : TET) {
            if (!day.isBefore(tet.minusDays(2)) && !day.isAfter(tet.plusDays(4))) {
                return false;
            }
        }
        return true;
    }

    /** The working day that is {@code count} working days after {@code day}. */
    static LocalDate plus(LocalDate day, int count) {
        LocalDate d = day;
        for (int i = 0; i < count; i++) {
            d = d.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    /** Working days in (from, to]. */
    static int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Every working day in [from, to]. */
    static List<LocalDate> in(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
