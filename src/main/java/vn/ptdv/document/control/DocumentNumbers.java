package vn.ptdv.document.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.DocumentType;

/**
 * Số và ký hiệu văn bản (Hướng dẫn 36-HD/VPTW, docs/domain.md §4): the number of an issued document is its place in
 * the issuer's register of the year for its kind, from 1, then its ký hiệu: the kind's abbreviation and the issuer's
 * symbol ("12-BC/BTCTU", "3-TTr/HU", "1-QĐ/TU").
 */
public final class DocumentNumbers {

    /** "Số 12-BC/BTCTU" as a letterhead prints it (the text of page 1 of an issued document). */
    private static final Pattern PRINTED = Pattern.compile("Số\\s+(\\d{1,9})\\s*-\\s*(\\p{L}{1,6})\\s*/\\s*([\\p{L}\\p{N}-]{1,30})");

    private DocumentNumbers() {
    }

    /** A number as printed: its number in the register and its ký hiệu ("BC/BTCTU"). */
    public record Printed(int number, String symbol) {
    }

    /** The kind of a register query: its abbreviation (BC, TTr, QĐ; any case) or its name (REPORT). */
    public static DocumentType kind(String value) {
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        for (DocumentType t : DocumentType.values()) {
            if (t.abbreviation().equalsIgnoreCase(v) || t.name().equalsIgnoreCase(v)) {
                return t;
            }
        }
        throw ProblemException.badParameter("kind", "Loại văn bản '" + v + "' không có; chọn một trong: "
                + Arrays.stream(DocumentType.values()).map(DocumentType::abbreviation).collect(Collectors.joining(", "))
                + ".");
    }

    /** The ký hiệu of a kind of the issuer: "BC/BTCTU". */
    public static String symbol(DocumentType kind, String issuerSymbol) {
        if (issuerSymbol == null || issuerSymbol.isBlank()) {
            throw new IllegalArgumentException("the issuer has no symbol");
        }
        return kind.abbreviation() + "/" + issuerSymbol.strip();
    }

    /** "12-BC/BTCTU". */
    public static String full(int number, String symbol) {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + number);
        }
        return number + "-" + symbol;
    }

    /** The number that follows the last one given in the year (1 for the first document of a year). */
    public static int next(Integer lastOfTheYear) {
        return lastOfTheYear == null ? 1 : lastOfTheYear + 1;
    }

    /** The first "Số 12-BC/BTCTU" of a document's text, if any. */
    public static Optional<Printed> printed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PRINTED.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        return m.find() ? Optional.of(new Printed(Integer.parseInt(m.group(1)), m.group(2) + "/" + m.group(3)))
                : Optional.empty();
    }

    /** The kind as stored in the register: its abbreviation ("BC"). */
    public static String stored(DocumentType kind) {
        return kind.abbreviation();
    }

    /** An ASCII slug of a number for file names: "12-BC/BTCTU" → "12-BC-BTCTU", "1-QĐ/TU" → "1-QD-TU". */
    public static String slug(String fullNumber) {
        String ascii = Normalizer.normalize(fullNumber.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replace('/', '-').replaceAll("[^A-Za-z0-9-]", "").toUpperCase(Locale.ROOT);
    }
}
