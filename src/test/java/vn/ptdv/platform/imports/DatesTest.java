package vn.ptdv.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void vietnameseAndIsoDates() {
        LocalDate d = LocalDate.of(2024, 1, 24);
        assertEquals(Optional.of(d), Dates.parse("24/01/2024"));
        assertEquals(Optional.of(d), Dates.parse(" 24/1/2024 "));
        assertEquals(Optional.of(d), Dates.parse("24-01-2024"));
        assertEquals(Optional.of(d), Dates.parse("24.01.2024"));
        assertEquals(Optional.of(d), Dates.parse("2024-01-24"));
        assertEquals(Optional.of(d), Dates.parse("2024-01-24T00:00:00"));
    }

    @Test
    void impossibleOrAmbiguousTextIsNoDate() {
        assertTrue(Dates.parse("31/02/1990").isEmpty());
        assertTrue(Dates.parse("2024/01/24").isEmpty());
        assertTrue(Dates.parse("24/01/24").isEmpty());
        assertTrue(Dates.parse("hôm qua").isEmpty());
        assertTrue(Dates.parse("").isEmpty());
        assertTrue(Dates.parse(null).isEmpty());
    }
}
