package vn.ptdv.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.rest.Params;

/** The accepted range of year parameters ({@code ptdv.years.min} – {@code ptdv.years.max}), parsed with Vietnamese errors. */
@ApplicationScoped
public class YearRange {

    @Inject
    @ConfigProperty(name = PtdvConfig.MIN_YEAR, defaultValue = "2000")
    int min;

    @Inject
    @ConfigProperty(name = PtdvConfig.MAX_YEAR, defaultValue = "2100")
    int max;

    /** A fixed range, for code that runs without CDI (tests, tools). */
    public static YearRange of(int min, int max) {
        YearRange r = new YearRange();
        r.min = min;
        r.max = max;
        return r;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** A required year parameter in range. */
    public int year(String name, String value) {
        return Params.year(name, value, min, max);
    }

    /** An optional year parameter in range (null when absent). */
    public Integer optionalYear(String name, String value) {
        return Params.optionalYear(name, value, min, max);
    }
}
