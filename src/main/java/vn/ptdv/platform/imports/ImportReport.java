package vn.ptdv.platform.imports;

import java.util.List;

/**
 * The answer to an import: how many data rows were read, whether they were written (never on a dry run, never with an
 * error), the columns the kind does not know (ignored) and every row error.
 */
public record ImportReport(String kind, String run, boolean dryRun, boolean committed, int rows, int rowsWithErrors,
                           List<String> unknownColumns, List<RowError> errors) {
}
