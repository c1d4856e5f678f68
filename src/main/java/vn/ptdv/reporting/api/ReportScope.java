package vn.ptdv.reporting.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Phạm vi của người yêu cầu: which organisation records a report may read, by materialised path (a record lies in
 * scope when its path starts with one of the scope's paths; everything under it then does too). The download checks
 * that the requested organisation has a record in scope; a provider passes the scope into its queries so that it
 * reads only those records: after a re-parent, a code has records in two trees, and a caller of the old tree must not
 * see the new one.
 *
 * @param unrestricted the whole database (the system, a system administrator)
 * @param paths        the materialised paths of the caller's scope organisation
 */
public record ReportScope(boolean unrestricted, List<String> paths) implements Predicate<String> {

    /** Everything: the system itself. */
    public static final ReportScope ALL = new ReportScope(true, List.of());
    /** Nothing (a request without a caller). */
    public static final ReportScope NONE = new ReportScope(false, List.of());

    public ReportScope {
        paths = List.copyOf(paths);
    }

    /** Whether the record with this path lies in scope. */
    public boolean covers(String path) {
        return unrestricted || path != null && paths.stream().anyMatch(path::startsWith);
    }

    @Override
    public boolean test(String path) {
        return covers(path);
    }

    /** The items whose path lies in scope, in their order. */
    public <T> List<T> filter(Collection<T> items, Function<T, String> path) {
        return items.stream().filter(i -> covers(path.apply(i))).toList();
    }
}
