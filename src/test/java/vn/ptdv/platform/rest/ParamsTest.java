package vn.ptdv.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date query parameters: ISO days that exist, nothing rolled over (issue #15 §2.11). */
class ParamsTest {

    @Test
    void impossibleDaysAreA400NamingTheParameter() {
        assertEquals(LocalDate.of(2024, 2, 29), Params.optionalDate("date", " 2024-02-29 "));
        for (String bad : new String[] {"2024-02-31", "2023-02-29", "2024-04-31", "31/02/2024", "2024-13-01"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Params.optionalDate("date", bad), bad);
            assertEquals(ProblemType.BAD_PARAMETER, e.type(), bad);
            assertEquals(true, e.errors().containsKey("date"), bad);
        }
    }
}
