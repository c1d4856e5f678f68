package vn.ptdv.platform.imports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded file on disk (a temporary file, deleted on close) and its format: the raw body of a request, or the
 * {@code file} part of a multipart/form-data body. The size limit is checked while copying, whatever the client declared.
 */
public final class Upload implements AutoCloseable {

    /** The formats PTDV reads. */
    public enum Format { XLSX, CSV }

    /** Thrown when the body grows past the limit. */
    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final Format format;

    private Upload(Path file, Format format) {
        this.file = file;
        this.format = format;
    }

    public Path file() {
        return file;
    }

    public Format format() {
        return format;
    }

    public long size() throws IOException {
        return Files.size(file);
    }

    /** Stores the body; {@code contentType} decides how it is read. A type PTDV cannot read is an {@link ImportFailure}. */
    public static Upload receive(InputStream body, String contentType, long maxBytes) throws IOException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Path tmp = Files.createTempFile("ptdv-import-", ".tmp");
        try {
            if (type.startsWith("multipart/form-data")) {
                Matcher m = BOUNDARY.matcher(contentType);
                if (!m.find()) {
                    throw new ImportFailure("Nội dung multipart/form-data thiếu boundary.", true);
                }
                String[] part = filePart(new BufferedInputStream(body, 65_536), m.group(1), tmp, maxBytes);
                return new Upload(tmp, check(tmp, formatOf(part[1], part[0])));
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                copy(body, out, maxBytes);
            }
            return new Upload(tmp, check(tmp, formatOf(type, null)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    static Format formatOf(String contentType, String filename) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (type.startsWith(Spreadsheets.XLSX) || name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        if (type.startsWith("text/csv") || name.endsWith(".csv")) {
            return Format.CSV;
        }
        throw new ImportFailure("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv, UTF-8)"
                + (filename == null || filename.isBlank() ? "" : "; tệp '" + filename + "' không phải hai loại đó") + ".", true);
    }

    /** The content must match the declared format: XLSX is a ZIP package; an old .xls or a ZIP is no CSV. */
    private static Format check(Path file, Format format) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole = n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (ole) {
            throw new ImportFailure("Tệp Excel 97–2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx.", true);
        }
        if (format == Format.XLSX && !zip) {
            throw new ImportFailure("Tệp gửi lên không phải bảng tính XLSX.", true);
        }
        if (format == Format.CSV && zip) {
            throw new ImportFailure("Tệp gửi lên là tệp nén (có thể là .xlsx), không phải CSV.", true);
        }
        return format;
    }

    private static void copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[65_536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
    }

    /** Copies the part named "file" to {@code target}; returns its file name and content type. */
    static String[] filePart(InputStream in, String boundary, Path target, long maxBytes) throws IOException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        String first = line(in);
        while (first != null && !first.startsWith("--" + boundary)) {
            first = line(in);
        }
        while (first != null && !first.startsWith("--" + boundary + "--")) {
            String name = null;
            String filename = null;
            String type = null;
            String header;
            while ((header = line(in)) != null && !header.isEmpty()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    Matcher n = NAME.matcher(header);
                    name = n.find() ? n.group(1) : null;
                    Matcher f = FILENAME.matcher(header);
                    filename = f.find() ? f.group(1) : null;
                } else if (lower.startsWith("content-type:")) {
                    type = header.substring(header.indexOf(':') + 1).strip();
                }
            }
            if (header == null) {
                break;
            }
            boolean wanted = "file".equals(name);
            try (OutputStream out = wanted ? new BufferedOutputStream(Files.newOutputStream(target)) : OutputStream.nullOutputStream()) {
                if (!body(in, delimiter, out, maxBytes)) {
                    break;
                }
            }
            if (wanted) {
                return new String[] {filename, type};
            }
            first = "--" + boundary + line(in);
        }
        throw new ImportFailure("Nội dung multipart/form-data không có phần 'file' chứa tệp.", false);
    }

    /** Copies a part's body up to the delimiter (consumed); false when the stream ends first. */
    private static boolean body(InputStream in, byte[] delimiter, OutputStream out, long maxBytes) throws IOException {
        int matched = 0;
        long total = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == (delimiter[matched] & 0xFF)) {
                matched++;
                if (matched == delimiter.length) {
                    return true;
                }
                continue;
            }
            if (matched > 0) {
                out.write(delimiter, 0, matched);
                total += matched;
                matched = b == delimiter[0] ? 1 : 0;
                if (matched == 1) {
                    continue;
                }
            }
            out.write(b);
            if (++total > maxBytes) {
                throw new TooLarge();
            }
        }
        return false;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            if (b.size() > 8192) {
                throw new ImportFailure("Phần đầu của nội dung multipart/form-data quá dài.", false);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
