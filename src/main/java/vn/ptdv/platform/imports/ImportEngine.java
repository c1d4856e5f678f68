package vn.ptdv.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs an import: reads the file row by row (XLSX or CSV), matches the header row to the kind's columns, hands each
 * data row to the kind's session, then lets the session check everything and write it in one transaction. Blank rows
 * are skipped; a file without data rows, or without a required column, is one clear error.
 */
@ApplicationScoped
public class ImportEngine {

    @Inject
    @ConfigProperty(name = PtdvConfig.IMPORT_MAX_ROWS, defaultValue = "20000")
    int maxRows;

    @Inject
    @ConfigProperty(name = PtdvConfig.IMPORT_MAX_ERRORS, defaultValue = "1000")
    int maxErrors;

    public ImportReport run(ImportKind kind, Upload upload, boolean dryRun, ImportRuns.Run run) throws IOException {
        Map<String, Column> columns = new LinkedHashMap<>();
        kind.columns().forEach(c -> columns.put(c.field(), c));
        ImportSession session = kind.open();
        Map<Integer, Map<String, String>> parseErrors = new TreeMap<>();
        ImportLayout[] layout = new ImportLayout[1];
        int[] rows = new int[1];
        run.state(ImportRuns.State.READING);
        RowSink sink = (number, cells) -> {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (layout[0] == null) {
                layout[0] = ImportLayout.of(kind.columns(), cells);
                if (!layout[0].missingColumns().isEmpty()) {
                    throw new ImportFailure("Thiếu cột bắt buộc: " + String.join(", ", layout[0].missingColumns().stream()
                            .map(c -> "'" + c.header() + "'").toList()) + " (dòng tiêu đề là dòng " + number + ").", false);
                }
                return;
            }
            if (rows[0] >= maxRows) {
                throw new ImportFailure("Tệp có hơn " + vn.ptdv.shared.VietnameseFormat.integer(maxRows)
                        + " dòng dữ liệu (" + PtdvConfig.IMPORT_MAX_ROWS + "); hãy chia thành nhiều tệp.", false);
            }
            RowValues values = new RowValues(number, layout[0].values(cells), columns);
            session.add(values);
            if (!values.errors().isEmpty()) {
                parseErrors.put(number, new LinkedHashMap<>(values.errors()));
            }
            rows[0]++;
            run.rowsRead.incrementAndGet();
        };
        if (upload.format() == Upload.Format.XLSX) {
            int last = XlsxReader.declaredLastRow(upload.file().toFile());
            run.totalEstimate = last > 1 ? last - 1 : -1;
            XlsxReader.read(upload.file().toFile(), sink);
        } else {
            run.totalEstimate = csvEstimate(upload);
            try (InputStream in = Files.newInputStream(upload.file())) {
                CsvReader.read(in, sink);
            }
        }
        if (layout[0] == null || rows[0] == 0) {
            throw new ImportFailure("Tệp không có dòng dữ liệu nào (dòng đầu tiên là dòng tiêu đề, các dòng sau là dữ liệu).", false);
        }
        run.totalEstimate = rows[0];
        run.state(dryRun || !parseErrors.isEmpty() ? ImportRuns.State.CHECKING : ImportRuns.State.WRITING);
        Map<Integer, Map<String, String>> ruleErrors = session.finish(!dryRun && parseErrors.isEmpty());
        Map<Integer, Map<String, String>> all = new TreeMap<>(parseErrors);
        ruleErrors.forEach((row, errors) -> errors.forEach((field, message) ->
                all.computeIfAbsent(row, r -> new LinkedHashMap<>()).putIfAbsent(field, message)));
        List<RowError> errors = new ArrayList<>();
        int[] notListed = new int[1];
        all.forEach((row, fields) -> fields.forEach((field, message) -> {
            if (errors.size() >= maxErrors) {
                notListed[0]++;
                return;
            }
            String header = layout[0].fileHeader(field);
            Column c = columns.get(field);
            errors.add(new RowError(row, header != null ? header : c != null ? c.header() : field, field, message));
        }));
        run.state(ImportRuns.State.DONE);
        boolean committed = !dryRun && errors.isEmpty();
        return new ImportReport(kind.name(), run.id(), dryRun, committed, rows[0], all.size(),
                layout[0].unknownColumns(), errors, notListed[0], committed ? session.result() : null);
    }

    /** Rows of a CSV file estimated from its size and its first 64 KiB. */
    private static int csvEstimate(Upload upload) throws IOException {
        long size = upload.size();
        byte[] head;
        try (InputStream in = Files.newInputStream(upload.file())) {
            head = in.readNBytes(65_536);
        }
        int lines = 0;
        for (byte b : head) {
            if (b == '\n') {
                lines++;
            }
        }
        if (lines == 0) {
            return 1;
        }
        return (int) Math.max(1, Math.round((double) size / head.length * lines) - 1);
    }
}
