package vn.ptdv.reporting.api;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Tham số đã kiểm tra: the validated, typed arguments of one report download, handed to
 * {@link ReportProvider#build(ReportArguments)}. Every required parameter is present and every value already has its
 * declared type, so a provider only checks meaning (does the organisation exist, is the year in range).
 */
public final class ReportArguments {

    private final Map<String, Object> values;
    private final ReportFormat format;
    private final boolean pdfA;

    /** Built by the reporting boundary (or a test) from values already converted to their declared types. */
    public ReportArguments(Map<String, Object> values, ReportFormat format, boolean pdfA) {
        this.values = Map.copyOf(values);
        this.format = format;
        this.pdfA = pdfA;
    }

    public ReportFormat format() {
        return format;
    }

    /** PDF/A requested (only meaningful for PDF). */
    public boolean pdfA() {
        return pdfA;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A TEXT or ORGANIZATION value. */
    public Optional<String> string(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    /** A required TEXT or ORGANIZATION value (validated before build, so present). */
    public String requireString(String name) {
        return string(name).orElseThrow(() -> missing(name));
    }

    /** A YEAR value. */
    public OptionalInt integer(String name) {
        Object v = values.get(name);
        return v == null ? OptionalInt.empty() : OptionalInt.of(((Number) v).intValue());
    }

    public int requireInt(String name) {
        OptionalInt v = integer(name);
        if (v.isEmpty()) {
            throw missing(name);
        }
        return v.getAsInt();
    }

    /** An ID value. */
    public OptionalLong id(String name) {
        Object v = values.get(name);
        return v == null ? OptionalLong.empty() : OptionalLong.of(((Number) v).longValue());
    }

    /** A BOOLEAN value; false when absent. */
    public boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** All values by name, for logging-free inspection in tests. */
    public Map<String, Object> values() {
        return values;
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("parameter not declared as required or not validated: " + name);
    }
}
