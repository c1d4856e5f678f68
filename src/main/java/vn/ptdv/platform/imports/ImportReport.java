package vn.ptdv.platform.imports;

import java.util.List;

/**
 * The answer to an import: how many data rows were read, whether they were written (never on a dry run, never with an
 * error), the columns the kind does not know (ignored), the row errors (at most {@code ptdv.imports.max-errors};
 * {@code errorsNotListed} counts the rest) and what the kind answers for a committed file ({@code result}, or null).
 */
public record ImportReport(String kind, String run, boolean dryRun, boolean committed, int rows, int rowsWithErrors,
                           List<String> unknownColumns, List<RowError> errors, int errorsNotListed, Object result) {
}
