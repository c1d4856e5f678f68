package vn.ptdv.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void integersUseDotsForThousands() {
        assertEquals("2.287", VietnameseFormat.integer(2287));
        assertEquals("1.000.000", VietnameseFormat.integer(1_000_000));
        assertEquals("85", VietnameseFormat.integer(85));
        assertEquals("0", VietnameseFormat.integer(0));
    }

    @Test
    void percentagesUseCommaAndOneDecimal() {
        assertEquals("113,1%", VietnameseFormat.percent(2287, 2022));
        assertEquals("233,3%", VietnameseFormat.percent(14, 6));
        assertEquals("116,7%", VietnameseFormat.percent(21, 18));
        assertEquals("150,0%", VietnameseFormat.percent(60, 40));
        assertEquals("121,6%", VietnameseFormat.percent(270, 222));
        assertEquals("1.200,0%", VietnameseFormat.percent(120, 10));
    }

    @Test
    void ratiosRoundHalfUpAndNeverDivideByZero() {
        assertEquals(new BigDecimal("107.7"), VietnameseFormat.ratio(280, 260));
        assertEquals(new BigDecimal("109.3"), VietnameseFormat.ratio(164, 150));
        // 1/8 = 12.5 exactly; 1/16 = 6.25 → 6.3 (half up)
        assertEquals(new BigDecimal("6.3"), VietnameseFormat.ratio(1, 16));
        assertNull(VietnameseFormat.ratio(5, 0));
        assertNull(VietnameseFormat.percent(5, 0));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("24/01/2024", VietnameseFormat.date(LocalDate.of(2024, 1, 24)));
        assertEquals("", VietnameseFormat.date(null));
    }

    @Test
    void placeAndDateLinePadsDaysAndTheFirstTwoMonths() {
        assertEquals("Lào Cai, ngày 31 tháng 12 năm 2024", VietnameseFormat.placeAndDate("Lào Cai", LocalDate.of(2024, 12, 31)));
        assertEquals("Lào Cai, ngày 03 tháng 02 năm 2024", VietnameseFormat.placeAndDate("Lào Cai", LocalDate.of(2024, 2, 3)));
        assertEquals("Lào Cai, ngày 24 tháng 01 năm 2024", VietnameseFormat.placeAndDate("Lào Cai", LocalDate.of(2024, 1, 24)));
        assertEquals("Hà Nội, ngày 03 tháng 4 năm 2018", VietnameseFormat.placeAndDate("Hà Nội", LocalDate.of(2018, 4, 3)));
    }
}
