package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    private static final AgeBand BAND = AgeBand.YOUTH;

    @Test
    void ageInFullYearsAtTheDecisionDate() {
        LocalDate decision = LocalDate.of(2024, 6, 15);
        assertTrue(BAND.contains(LocalDate.of(1993, 6, 16), decision), "30 until the day before the 31st birthday");
        assertFalse(BAND.contains(LocalDate.of(1993, 6, 15), decision), "31 on the 31st birthday");
        assertTrue(BAND.contains(LocalDate.of(2006, 6, 15), decision), "18 on the 18th birthday");
        assertFalse(BAND.contains(LocalDate.of(2006, 6, 16), decision), "17 the day before");
        assertEquals(17, AgeBand.age(LocalDate.of(2000, 2, 29), LocalDate.of(2018, 2, 28)));
        assertEquals(18, AgeBand.age(LocalDate.of(2000, 2, 29), LocalDate.of(2018, 3, 1)));
    }

    @Test
    void theCertainRangeAndTheEdgesCoverEveryBirthDateExactly() {
        int year = 2024;
        assertEquals(LocalDate.of(1994, 1, 1), BAND.certainFrom(year));
        assertEquals(LocalDate.of(2005, 12, 31), BAND.certainTo(year));
        assertEquals(1993, BAND.upperEdgeBirthYear(year));
        assertEquals(2006, BAND.lowerEdgeBirthYear(year));
        // brute force: for every decision day of a leap year and birth dates 1990–2009, the split decides exactly
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(7)) {
            for (LocalDate b = LocalDate.of(1990, 1, 1); b.getYear() < 2010; b = b.plusDays(5)) {
                boolean certain = !b.isBefore(BAND.certainFrom(year)) && !b.isAfter(BAND.certainTo(year));
                boolean edge = b.getYear() == BAND.upperEdgeBirthYear(year) || b.getYear() == BAND.lowerEdgeBirthYear(year);
                boolean counted = certain || (edge && BAND.contains(b, d));
                assertEquals(BAND.contains(b, d), counted, b + " decided " + d);
            }
        }
    }
}
