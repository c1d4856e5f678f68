package vn.ptdv.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of query and path parameters with Vietnamese errors. */
public final class Params {

    private Params() {
    }

    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "Tham số " + name + " phải là ngày theo dạng YYYY-MM-DD, ví dụ 2024-12-31.");
        }
    }

    public static LocalDate dateOrToday(String name, String value) {
        LocalDate d = optionalDate(name, value);
        return d == null ? LocalDate.now() : d;
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate d = optionalDate(name, value);
        if (d == null) {
            throw ProblemException.badParameter(name, "Tham số " + name + " là bắt buộc (ngày theo dạng YYYY-MM-DD).");
        }
        return d;
    }

    public static int limit(int value, int max) {
        if (value < 1 || value > max) {
            throw ProblemException.badParameter("limit", "Tham số limit phải từ 1 đến " + max + ".");
        }
        return value;
    }

    /** A year within the configured range. */
    public static int year(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter(name, "Tham số " + name + " (năm) là bắt buộc.");
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y < min || y > max) {
                throw ProblemException.badParameter(name, "Năm " + y + " nằm ngoài khoảng cho phép " + min + "–" + max + ".");
            }
            return y;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "Tham số " + name + " phải là một năm, ví dụ 2024.");
        }
    }

    public static Integer optionalYear(String name, String value, int min, int max) {
        return value == null || value.isBlank() ? null : year(name, value, min, max);
    }

    /** An optional enum parameter by name (case-insensitive); an unknown value is a 400 problem listing the allowed ones. */
    public static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "Giá trị '" + value + "' của " + name + " không hợp lệ; cho phép: "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        }
    }
}
