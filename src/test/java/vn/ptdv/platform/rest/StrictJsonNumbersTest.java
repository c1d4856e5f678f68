package vn.ptdv.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonNumbersTest {

    /** A request type as the modules write them: public fields, boxed and primitive, nested and in lists. */
    public static class Target {
        public Integer admissions;
        public int year;
        public String note;
        public java.math.BigDecimal score;
        public List<Line> lines;
    }

    public record Line(long count, Double share) {
    }

    private static Map<String, String> problems(String json) {
        JsonValue v = Json.createReader(new StringReader(json)).readValue();
        return StrictJsonNumbers.problems(v, Target.class);
    }

    @Test
    void exactIntegersInRangePass() {
        assertTrue(problems("{\"admissions\": 12, \"year\": 2024, \"score\": 8.5, \"lines\": [{\"count\": 3, \"share\": 0.25}]}").isEmpty());
        assertTrue(problems("{\"admissions\": 2.0, \"note\": \"1e400\"}").isEmpty(), "2.0 is exactly 2; text stays text");
    }

    @Test
    void overflowFractionsAndHugeExponentsAreNamed() {
        assertEquals(List.of("admissions"), List.copyOf(problems("{\"admissions\": 1e400}").keySet()));
        assertEquals(List.of("year"), List.copyOf(problems("{\"year\": 2.9}").keySet()));
        assertEquals(List.of("admissions"), List.copyOf(problems("{\"admissions\": 4294967295}").keySet()));
        assertEquals(List.of("lines[1].count"), List.copyOf(problems(
                "{\"lines\": [{\"count\": 1}, {\"count\": 1e999999999}]}").keySet()));
        assertTrue(problems("{\"admissions\": -2147483649}").get("admissions").contains("số nguyên"));
    }
}
