package vn.ptdv.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.api.WorkingCalendar;

/** Working-day arithmetic, by itself and on the calendar that the migration ships (2024–2027). */
public class WorkingCalendarTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** The calendar as V1_11_0 ships it, read from the migration itself. */
    public static WorkingCalendar shipped() throws IOException {
        String sql;
        try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/db/migration/V1_11_0__calendar.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<LocalDate, Boolean> days = new HashMap<>();
        Matcher m = Pattern.compile("\\('(\\d{4}-\\d\\d-\\d\\d)', \\d+, '(OFF|WORKING)'").matcher(sql);
        while (m.find()) {
            days.put(LocalDate.parse(m.group(1)), m.group(2).equals("WORKING"));
        }
        return new WorkingCalendar(days, Set.of(2024, 2025, 2026, 2027));
    }

    @Test
    void weekendsAreOffAndWeekdaysWorkUnlessListed() {
        WorkingCalendar c = new WorkingCalendar(Map.of(d(2026, 2, 17), false, d(2026, 8, 22), true), Set.of(2026));
        assertTrue(c.isWorkingDay(d(2026, 2, 16)));   // Monday
        assertFalse(c.isWorkingDay(d(2026, 2, 17)));  // listed off
        assertFalse(c.isWorkingDay(d(2026, 2, 21)));  // Saturday
        assertFalse(c.isWorkingDay(d(2026, 2, 22)));  // Sunday
        assertTrue(c.isWorkingDay(d(2026, 8, 22)));   // Saturday worked
        assertTrue(c.covers(2026));
        assertFalse(c.covers(2028));
    }

    @Test
    void aLimitIsCountedFromTheDayAfter() {
        WorkingCalendar c = WorkingCalendar.weekendsOnly();
        assertEquals(d(2026, 12, 2), c.plusWorkingDays(d(2026, 12, 2), 0));
        assertEquals(d(2026, 12, 3), c.plusWorkingDays(d(2026, 12, 2), 1));
        // from a Friday: the next working day is Monday
        assertEquals(d(2026, 12, 7), c.plusWorkingDays(d(2026, 12, 4), 1));
        // from a Saturday: Monday is the first day counted
        assertEquals(d(2026, 12, 7), c.plusWorkingDays(d(2026, 12, 5), 1));
        assertEquals(d(2026, 12, 18), c.plusWorkingDays(d(2026, 12, 4), 10));
        assertThrows(IllegalArgumentException.class, () -> c.plusWorkingDays(d(2026, 1, 1), -1));
    }

    @Test
    void workingDaysBetweenIsSignedAndInverseOfPlus() {
        WorkingCalendar c = WorkingCalendar.weekendsOnly();
        assertEquals(0, c.workingDaysBetween(d(2026, 12, 2), d(2026, 12, 2)));
        assertEquals(10, c.workingDaysBetween(d(2026, 12, 4), d(2026, 12, 18)));
        assertEquals(-10, c.workingDaysBetween(d(2026, 12, 18), d(2026, 12, 4)));
        assertEquals(0, c.workingDaysBetween(d(2026, 12, 4), d(2026, 12, 6)));  // Friday → Sunday
        for (int n = 0; n < 70; n += 7) {
            LocalDate from = d(2026, 1, 2);
            assertEquals(n, c.workingDaysBetween(from, c.plusWorkingDays(from, n)));
        }
    }

    @Test
    void tetOfBinhNgo2026IsFiveWorkingDaysOff() throws IOException {
        WorkingCalendar c = shipped();
        // Thursday 12/02/2026 + 5 working days: Friday 13, then 16–20/02 are Tết, then 23, 24, 25, 26
        assertEquals(d(2026, 2, 26), c.plusWorkingDays(d(2026, 2, 12), 5));
        assertEquals(1, c.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 23)));
        // a 30-working-day limit from 12/02/2026 runs into April (Tết costs a week)
        assertEquals(d(2026, 4, 2), c.plusWorkingDays(d(2026, 2, 12), 30));
        assertEquals(d(2026, 3, 26), WorkingCalendar.weekendsOnly().plusWorkingDays(d(2026, 2, 12), 30));
    }

    @Test
    void tetOfAtTy2025AndTheMayHolidays() throws IOException {
        WorkingCalendar c = shipped();
        assertEquals(d(2025, 3, 10), c.plusWorkingDays(d(2025, 1, 20), 30));
        assertTrue(c.isWorkingDay(d(2025, 4, 26)));   // Saturday worked for 02/5
        assertFalse(c.isWorkingDay(d(2025, 5, 2)));
        // 2024: Monday 29/4 swapped with Saturday 4/5
        assertEquals(d(2024, 5, 4), c.plusWorkingDays(d(2024, 4, 26), 3));
    }

    @Test
    void shippedYearsHaveTheWorkingDaysOfTheirAnnouncements() throws IOException {
        WorkingCalendar c = shipped();
        assertEquals(251, c.workingDaysBetween(d(2023, 12, 31), d(2024, 12, 31)));
        assertEquals(250, c.workingDaysBetween(d(2024, 12, 31), d(2025, 12, 31)));
        assertEquals(250, c.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31)));
        assertEquals(250, c.workingDaysBetween(d(2026, 12, 31), d(2027, 12, 31)));
    }
}
