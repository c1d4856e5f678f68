package vn.ptdv.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streaming CSV (RFC 4180 as Excel writes it) with Apache Commons CSV: UTF-8 with or without BOM, the separator
 * {@code ;} or {@code ,} taken from the header line (whichever occurs more often outside quotes), quoted cells with
 * doubled quotes and line breaks inside, CRLF or LF, blank lines kept so that row numbers are the user's. One record
 * is in memory at a time.
 */
public final class CsvReader {

    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_HEADER_CHARS = 65_536;

    private CsvReader() {
    }

    /** Reads every row into the sink. */
    public static void read(InputStream stream, RowSink sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, decoder), MAX_HEADER_CHARS + 2)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            char separator = sniff(in);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false).get();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    for (String cell : record) {
                        if (cell.length() > MAX_CELL_CHARS) {
                            throw new ImportFailure("Tệp CSV có ô dài quá " + MAX_CELL_CHARS + " ký tự (thiếu dấu nháy đóng?).", false);
                        }
                        cells.add(cell);
                    }
                    sink.row((int) record.getRecordNumber(), cells);
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw new ImportFailure("Không đọc được tệp CSV (dấu nháy không đóng hoặc tệp hỏng).", false);
        } catch (IllegalStateException e) {
            throw new ImportFailure("Không đọc được tệp CSV (dấu nháy không đóng hoặc tệp hỏng).", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFailure notUtf8() {
        return new ImportFailure("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: CSV UTF-8).", false);
    }

    /** Looks at the header line (then goes back): more semicolons than commas outside quotes → ';'. */
    private static char sniff(BufferedReader in) throws IOException {
        in.mark(MAX_HEADER_CHARS + 1);
        boolean quoted = false;
        int semicolons = 0;
        int commas = 0;
        int read = 0;
        int c;
        while ((c = in.read()) != -1) {
            if (++read > MAX_HEADER_CHARS) {
                throw new ImportFailure("Dòng tiêu đề của tệp CSV quá dài.", false);
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        in.reset();
        return semicolons > commas ? ';' : ',';
    }
}
