package vn.ptdv.reporting.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.OptionalInt;
import java.util.OptionalLong;
import vn.ptdv.platform.rest.ProblemException;

/**
 * Tham số đã kiểm tra: the validated, typed arguments of one report download, handed to
 * {@link ReportProvider#build(ReportArguments)}. Every required parameter is present, every value already has its
 * declared type and years are in the configured range, so a provider only checks meaning (does the organisation
 * exist); the caller's {@link #scope()} travels with them, for the provider's queries.
 */
public final class ReportArguments {

    private final Map<String, Object> values;
    private final ReportFormat format;
    private final boolean pdfA;
    private final ReportScope scope;
    private final Consumer<String> outOfScope;

    /** Built by the reporting module (or a test) from values already converted to their declared types. */
    public ReportArguments(Map<String, Object> values, ReportFormat format, boolean pdfA, ReportScope scope) {
        this(values, format, pdfA, scope, path -> { });
    }

    private ReportArguments(Map<String, Object> values, ReportFormat format, boolean pdfA, ReportScope scope,
                            Consumer<String> outOfScope) {
        this.values = Map.copyOf(values);
        this.format = format;
        this.pdfA = pdfA;
        this.scope = Objects.requireNonNull(scope, "scope");
        this.outOfScope = outOfScope;
    }

    /** The same arguments telling {@code listener} (the audit trail) of every refusal by {@link #requireInScope}. */
    public ReportArguments onOutOfScope(Consumer<String> listener) {
        return new ReportArguments(values, format, pdfA, scope, listener);
    }

    /** Arguments without a caller: their scope covers nothing. */
    public ReportArguments(Map<String, Object> values, ReportFormat format, boolean pdfA) {
        this(values, format, pdfA, ReportScope.NONE);
    }

    /** Where the caller may read: pass it into every query of the report. */
    public ReportScope scope() {
        return scope;
    }

    /**
     * For an object found by a parameter the download could not check (an id, a code of the module's own): outside
     * the scope it answers exactly like an object that does not exist.
     *
     * @throws ProblemException NOT_FOUND with {@code notFoundMessage}
     */
    public void requireInScope(String path, String notFoundMessage) {
        if (!scope.covers(path)) {
            outOfScope.accept(path);
            throw ProblemException.notFound(notFoundMessage);
        }
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
