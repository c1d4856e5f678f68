package vn.ptdv.platform.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * One data row of an import, keyed by field, with parsers that note a Vietnamese error on the field instead of
 * failing: a kind reads every field, then the row's errors join those of the module's own rules.
 */
public final class RowValues {

    private static final Set<String> YES = Set.of("x", "co", "true", "1", "yes", "dung", "c");
    private static final Set<String> NO = Set.of("", "khong", "false", "0", "no", "k", "sai");

    private final int number;
    private final Map<String, String> values;
    private final Map<String, Column> columns;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public RowValues(int number, Map<String, String> values, Map<String, Column> columns) {
        this.number = number;
        this.values = values;
        this.columns = columns;
    }

    /** The row number as the user sees it in the spreadsheet (the header is row 1 in a plain file). */
    public int number() {
        return number;
    }

    /** The cell text, NFC, trimmed, inner white space collapsed; null when blank or the column is absent. */
    public String text(String field) {
        return VietnameseText.clean(values.get(field));
    }

    public LocalDate date(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        Optional<LocalDate> d = Dates.parse(t);
        if (d.isEmpty()) {
            error(field, header(field) + " '" + t + "' không phải ngày hợp lệ; ghi theo dạng dd/MM/yyyy (ví dụ "
                    + VietnameseFormat.date(LocalDate.of(2024, 1, 24)) + ").");
        }
        return d.orElse(null);
    }

    public Integer integer(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        String digits = t.replace(".", "").replace(" ", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            error(field, header(field) + " '" + t + "' phải là số nguyên.");
            return null;
        }
    }

    /** A decimal number written with a decimal comma (8,5) or point (8.5); null when blank. */
    public BigDecimal decimal(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            error(field, header(field) + " '" + t + "' phải là một số (ví dụ 8,5).");
            return null;
        }
    }

    /**
     * A list of dates, each as {@link #date}, separated by ';', ',' or spaces; empty when blank. An unreadable date is
     * an error naming it.
     */
    public List<LocalDate> dates(String field) {
        String t = text(field);
        List<LocalDate> dates = new ArrayList<>();
        if (t == null) {
            return dates;
        }
        for (String p : t.split("[;,\\s]+")) {
            if (p.isEmpty()) {
                continue;
            }
            Optional<LocalDate> d = Dates.parse(p);
            if (d.isEmpty()) {
                error(field, header(field) + ": '" + p + "' không phải ngày hợp lệ; ghi các ngày theo dạng dd/MM/yyyy, cách nhau bởi dấu chấm phẩy (ví dụ "
                        + VietnameseFormat.date(LocalDate.of(2024, 3, 12)) + "; " + VietnameseFormat.date(LocalDate.of(2024, 3, 14)) + ").");
                return dates;
            }
            dates.add(d.get());
        }
        return dates;
    }

    /** Whether the file has a column for the field (a blank cell in it still counts). */
    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** A coded value given by its code (MALE) or its Vietnamese label (Nam), in any case, with or without diacritics. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, Function<E, String> label) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        String key = HeaderNames.key(t);
        for (E e : type.getEnumConstants()) {
            if (key.equals(HeaderNames.key(e.name())) || key.equals(HeaderNames.key(label.apply(e)))) {
                return e;
            }
        }
        error(field, header(field) + " '" + t + "' không có trong danh mục; cho phép: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(label).toList()) + ".");
        return null;
    }

    /** A code looked up by code or name; an unknown value is an error with the given message. */
    public String code(String field, Function<String, Optional<String>> lookup, String unknownMessage) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        Optional<String> code = lookup.apply(t);
        if (code.isEmpty()) {
            error(field, unknownMessage.replace("{}", t));
        }
        return code.orElse(null);
    }

    /** Có/không: x, có, true, 1 are yes; blank, không, false, 0 are no. */
    public boolean flag(String field) {
        String t = text(field);
        String key = t == null ? "" : HeaderNames.key(t);
        if (YES.contains(key)) {
            return true;
        }
        if (!NO.contains(key)) {
            error(field, header(field) + " '" + t + "' phải là 'Có' hoặc để trống.");
        }
        return false;
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** The errors of the parsers: field → message. */
    public Map<String, String> errors() {
        return errors;
    }

    private String header(String field) {
        Column c = columns.get(field);
        return c == null ? field : c.header();
    }
}
