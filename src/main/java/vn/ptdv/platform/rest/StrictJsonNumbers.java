package vn.ptdv.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole numbers are whole: a JSON number bound to an integer field ({@code int}, {@code Integer}, {@code long},
 * {@code short}, {@code byte} and their boxes), at any depth of the request type, must be an exact integer within the
 * field's range. JSON-B would otherwise store {@code 1e400} as 0, {@code 2.9} as 2 and {@code 4294967295} as -1. The
 * body is compared with the request's Java type before JSON-B reads it; an offending field is a 400 naming it, and
 * nothing is written.
 */
public final class StrictJsonNumbers {

    private static final int MAX_DEPTH = 32;

    private StrictJsonNumbers() {
    }

    /** field path → Vietnamese message for every integer field whose value is not an exact integer in range. */
    public static Map<String, String> problems(JsonValue body, Type type) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(body, type, "", errors, 0);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, Map<String, String> errors, int depth) {
        if (value == null || type == null || depth > MAX_DEPTH || errors.size() >= 50) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        long[] range = range(raw);
        if (range != null) {
            if (value instanceof JsonNumber n && !exact(n.bigDecimalValue(), range)) {
                errors.put(path.isEmpty() ? "body" : path, "Trường '" + (path.isEmpty() ? "body" : path)
                        + "' phải là một số nguyên từ " + range[0] + " đến " + range[1] + " (không có phần thập phân, không dạng 1e5).");
            }
            return;
        }
        if (value instanceof JsonArray array) {
            Type element = elementType(type, raw);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", errors, depth + 1);
            }
            return;
        }
        if (!(value instanceof JsonObject object)) {
            return;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type valueType = type instanceof ParameterizedType p && p.getActualTypeArguments().length == 2
                    ? p.getActualTypeArguments()[1] : null;
            object.forEach((k, v) -> check(v, valueType, join(path, k), errors, depth + 1));
            return;
        }
        if (raw.getName().startsWith("java.") || raw.isPrimitive()) {
            return;
        }
        object.forEach((name, v) -> check(v, memberType(raw, name), join(path, name), errors, depth + 1));
    }

    private static boolean exact(BigDecimal d, long[] range) {
        // digits before the point: refuse huge exponents before any conversion (1e999999999 must not be expanded)
        if (d.signum() != 0 && d.precision() - d.scale() > 20) {
            return false;
        }
        try {
            long l = d.longValueExact();
            return l >= range[0] && l <= range[1];
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static long[] range(Class<?> c) {
        if (c == int.class || c == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (c == long.class || c == Long.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (c == short.class || c == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (c == byte.class || c == Byte.class) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        return null;
    }

    private static Type memberType(Class<?> c, String name) {
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return rc.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
                    return f.getGenericType();
                }
            }
        }
        return null;
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : java.lang.reflect.Array.newInstance(component, 0).getClass();
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
