package vn.ptdv.platform.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.shared.VietnameseText;

/** Which column of the file is which field: from the header row, matched without case, diacritics or spacing. */
public final class ImportLayout {

    private final Map<Integer, Column> byIndex = new LinkedHashMap<>();
    private final Map<String, String> fileHeaders = new LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<Column> missing = new ArrayList<>();

    private ImportLayout() {
    }

    /** The layout of a header row; a column written twice is an {@link ImportFailure}. */
    public static ImportLayout of(List<Column> columns, List<String> headerCells) {
        ImportLayout layout = new ImportLayout();
        for (int i = 0; i < headerCells.size(); i++) {
            String cell = VietnameseText.clean(headerCells.get(i));
            if (cell == null) {
                continue;
            }
            Column match = columns.stream().filter(c -> c.matches(cell)).findFirst().orElse(null);
            if (match == null) {
                layout.unknown.add(cell);
            } else if (layout.fileHeaders.containsKey(match.field())) {
                throw new ImportFailure("Cột '" + match.header() + "' xuất hiện hai lần trong dòng tiêu đề ('"
                        + layout.fileHeaders.get(match.field()) + "' và '" + cell + "').", false);
            } else {
                layout.byIndex.put(i, match);
                layout.fileHeaders.put(match.field(), cell);
            }
        }
        for (Column c : columns) {
            if (c.required() && !layout.fileHeaders.containsKey(c.field())) {
                layout.missing.add(c);
            }
        }
        return layout;
    }

    /** The row's cells keyed by field (only the known columns). */
    public Map<String, String> values(List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        byIndex.forEach((index, column) -> values.put(column.field(), index < cells.size() ? cells.get(index) : null));
        return values;
    }

    /** The header of the field as the file writes it, or null when the file has no such column. */
    public String fileHeader(String field) {
        return fileHeaders.get(field);
    }

    /** Header cells that name no column of the kind: reported once, otherwise ignored. */
    public List<String> unknownColumns() {
        return List.copyOf(unknown);
    }

    /** Required columns the file lacks. */
    public List<Column> missingColumns() {
        return List.copyOf(missing);
    }
}
