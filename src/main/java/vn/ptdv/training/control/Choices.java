package vn.ptdv.training.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;

/**
 * A value of a training enum (course type, audience, topic form, grade) given by name: any case, blank as absent, and
 * the Vietnamese errors that name the field and the allowed names ("cho phép: AWARENESS, NEW_MEMBER").
 */
public final class Choices {

    private Choices() {
    }

    /**
     * The constant named {@code value}; null for a null or blank value; a 400 problem on {@code field} for anything else.
     */
    public static <E extends Enum<E>> E parse(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String message = "Giá trị '" + value + "' không hợp lệ; cho phép: " + names(type) + ".";
            throw new ProblemException(ProblemType.VALIDATION, message, Map.of(field, message));
        }
    }

    /** Adds the error of a missing value to {@code v} when {@code value} is null; answers {@code value}. */
    static <E extends Enum<E>> E required(E value, Class<E> type, String field, Violations v) {
        v.check(value != null, field, "Giá trị là bắt buộc; cho phép: " + names(type) + ".");
        return value;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
