package vn.ptdv.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming CSV reader (RFC 4180 as Excel writes it): UTF-8 with or without BOM, the separator {@code ;} or
 * {@code ,} taken from the header line (whichever occurs more often outside quotes), quoted cells with doubled quotes
 * and line breaks inside, CRLF or LF. One row is in memory at a time.
 */
public final class CsvReader {

    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_HEADER_CHARS = 65_536;

    private final PushbackReader in;
    private char separator;

    private CsvReader(InputStream stream) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new PushbackReader(new BufferedReader(new InputStreamReader(stream, decoder), 65_536), MAX_HEADER_CHARS + 2);
    }

    /** Reads every row into the sink. */
    public static void read(InputStream stream, RowSink sink) {
        try {
            new CsvReader(stream).readAll(sink);
        } catch (CharacterCodingException e) {
            throw new ImportFailure("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: CSV UTF-8).", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readAll(RowSink sink) throws IOException {
        int first = in.read();
        if (first != '\uFEFF' && first != -1) {
            in.unread(first);
        }
        separator = sniff();
        int number = 1;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c == -1) {
                if (any || cell.length() > 0 || !cells.isEmpty()) {
                    cells.add(cell.toString());
                    sink.row(number, cells);
                }
                return;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        append(cell, '"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.unread(next);
                        }
                    }
                } else {
                    append(cell, (char) c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = in.read();
                    if (next != '\n' && next != -1) {
                        in.unread(next);
                    }
                }
                cells.add(cell.toString());
                sink.row(number++, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                append(cell, (char) c);
            }
        }
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() >= MAX_CELL_CHARS) {
            throw new ImportFailure("Tệp CSV có ô dài quá " + MAX_CELL_CHARS + " ký tự (thiếu dấu nháy đóng?).", false);
        }
        cell.append(c);
    }

    /** Looks at the header line (then puts it back): more semicolons than commas outside quotes → ';'. */
    private char sniff() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int semicolons = 0;
        int commas = 0;
        int c;
        while ((c = in.read()) != -1) {
            line.append((char) c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
            if (line.length() >= MAX_HEADER_CHARS) {
                throw new ImportFailure("Dòng tiêu đề của tệp CSV quá dài.", false);
            }
        }
        in.unread(line.toString().toCharArray());
        return semicolons > commas ? ';' : ',';
    }
}
