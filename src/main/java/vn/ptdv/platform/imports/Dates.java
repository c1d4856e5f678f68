package vn.ptdv.platform.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as users write them: dd/MM/yyyy (also d/M/yyyy, with '-' or '.'), or ISO yyyy-MM-dd (with or without a time). */
public final class Dates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        int time = t.indexOf('T') > 0 ? t.indexOf('T') : t.indexOf(' ');
        if (time > 0 && t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            t = t.substring(0, time);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }
}
