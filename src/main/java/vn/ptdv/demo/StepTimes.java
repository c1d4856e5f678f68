package vn.ptdv.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The milliseconds of each step of the demo load, in their order, for one log line. */
final class StepTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the step called {@code name}: the time since the previous mark is added to it. */
    void step(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    @Override
    public String toString() {
        return millis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", "", " ms"));
    }
}
