package vn.ptdv.platform.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the schemas of request bodies that are classes with public fields (see {@link RequestBodies}): Payara
 * describes only their {@code String} fields, so a generated client could not send an admission's gender, dates or
 * enums. The classes are named in {@code ptdv.openapi.field-bodies} (comma-separated class names); each one's schema in
 * {@code components} (named by the class's simple name) gets a property for every public field it lacks, from the
 * field's Java type, and lists the fields that are {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} as
 * required. Properties the server wrote are kept (they carry the constraints). A schema the server did not write is
 * left alone (WildFly's names may differ; its schemas are complete).
 */
final class FieldBodySchemas {

    static final String KEY = "ptdv.openapi.field-bodies";
    private static final Logger LOG = Logger.getLogger(FieldBodySchemas.class.getName());
    /** Nested classes without a schema of their own are described inline, this deep at most. */
    private static final int MAX_DEPTH = 4;

    private FieldBodySchemas() {
    }

    /** The classes of {@link #KEY}, loaded with the application's class loader; unknown names are logged and skipped. */
    static List<Class<?>> configured() {
        Optional<String> names;
        try {
            // the application's configuration: Payara builds the document on the first request for it, on a thread
            // whose context class loader need not be the application's
            names = ConfigProvider.getConfig(FieldBodySchemas.class.getClassLoader()).getOptionalValue(KEY, String.class);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, KEY + " not read; request bodies keep the server's schemas", e);
            return List.of();
        }
        if (names.isEmpty()) {
            LOG.log(Level.WARNING, "{0} is not set; request bodies keep the server''s schemas", KEY);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.orElse("").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                classes.add(Class.forName(name.strip(), false, FieldBodySchemas.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(Level.WARNING, "{0}: no class {1}", new Object[] {KEY, name.strip()});
            }
        }
        return classes;
    }

    static void complete(OpenAPI openAPI, List<Class<?>> classes) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Class<?> type : classes) {
            Schema schema = schemas.get(type.getSimpleName());
            if (schema != null) {
                complete(schema, type, schemas, 0);
            }
        }
    }

    private static void complete(Schema schema, Class<?> type, Map<String, Schema> schemas, int depth) {
        OpenApiDocument.setType(schema, Schema.SchemaType.OBJECT);
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field f : publicFields(type)) {
            Schema had = schema.getProperties() == null ? null : schema.getProperties().get(f.getName());
            properties.put(f.getName(), had != null ? had : of(f.getGenericType(), schemas, depth));
            if (f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class)
                    || f.isAnnotationPresent(NotEmpty.class)) {
                required.add(f.getName());
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(properties::putIfAbsent);
        }
        schema.setProperties(properties);
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
    }

    private static List<Field> publicFields(Class<?> type) {
        return Stream.of(type.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    }

    /** The schema of a Java type, as JSON-B writes and reads it. */
    static Schema of(Type type, Map<String, Schema> schemas, int depth) {
        Schema s = OASFactory.createSchema();
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                OpenApiDocument.setType(s, Schema.SchemaType.ARRAY);
                return s.items(of(args[0], schemas, depth));
            }
            if (Map.class.isAssignableFrom(raw)) {
                OpenApiDocument.setType(s, Schema.SchemaType.OBJECT);
                return args[1] == Object.class ? s.additionalPropertiesBoolean(true)
                        : s.additionalPropertiesSchema(of(args[1], schemas, depth));
            }
            return of(raw, schemas, depth);
        }
        if (!(type instanceof Class<?> c)) {
            OpenApiDocument.setType(s, Schema.SchemaType.OBJECT);
            return s;
        }
        if (c == String.class || c == char.class || c == Character.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.STRING);
        } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.INTEGER);
            s.setFormat("int32");
        } else if (c == long.class || c == Long.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.INTEGER);
            s.setFormat("int64");
        } else if (c == boolean.class || c == Boolean.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.BOOLEAN);
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.NUMBER);
        } else if (c == LocalDate.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.STRING);
            s.setFormat("date");
        } else if (c == LocalDateTime.class || c == OffsetDateTime.class || c == Instant.class) {
            OpenApiDocument.setType(s, Schema.SchemaType.STRING);
            s.setFormat("date-time");
        } else if (c.isEnum()) {
            if (schemas.containsKey(c.getSimpleName()) && schemas.get(c.getSimpleName()).getEnumeration() != null) {
                return s.ref(c.getSimpleName());
            }
            OpenApiDocument.setType(s, Schema.SchemaType.STRING);
            s.setEnumeration(Stream.of(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        } else if (c.isArray()) {
            OpenApiDocument.setType(s, Schema.SchemaType.ARRAY);
            return s.items(of(c.getComponentType(), schemas, depth));
        } else if (schemas.containsKey(c.getSimpleName()) && !publicFields(c).isEmpty()) {
            if (depth < MAX_DEPTH) {
                complete(schemas.get(c.getSimpleName()), c, schemas, depth + 1);
            }
            return s.ref(c.getSimpleName());
        } else {
            OpenApiDocument.setType(s, Schema.SchemaType.OBJECT);
            if (depth < MAX_DEPTH && !publicFields(c).isEmpty()) {
                complete(s, c, schemas, depth + 1);
            }
        }
        return s;
    }
}
