package vn.ptdv.calendar.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days (ngày làm việc) by the calendar as kept: Monday to Friday are working days, Saturday and Sunday are not,
 * except the days the calendar lists (a public holiday or Tết day off, a Saturday worked in compensation). Years the
 * calendar does not hold count weekends only ({@link #covers(int)} says which years it holds). Immutable.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> years;

    /**
     * @param exceptions day → whether it is a working day, for the days that differ from the weekday rule
     * @param years      the years the calendar holds
     */
    public WorkingCalendar(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
        this.exceptions = Map.copyOf(new TreeMap<>(exceptions));
        this.years = Set.copyOf(new TreeSet<>(years));
    }

    /** Weekends only (no holidays): what a year the calendar does not hold counts as. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of(), Set.of());
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean listed = exceptions.get(day);
        if (listed != null) {
            return listed;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which a time limit of {@code days} working days counted from {@code from} ends: the
     * {@code days}-th working day after {@code from} ({@code from} itself not counted, as a limit "trong N ngày làm
     * việc kể từ ngày …" is counted); {@code from} when {@code days} is 0.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative (minus the working days after
     * {@code to} up to and including {@code from}) when {@code to} is earlier.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
