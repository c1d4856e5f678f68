package vn.ptdv.platform.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the OpenAPI document of {@code /openapi} one that a client generator accepts, on Payara and WildFly alike
 * (registered by {@code mp.openapi.filter}):
 * <ul>
 * <li>every operation has a unique {@code operationId}: the generated ids are the Java method names, and several
 *     resources have a {@code get}, {@code list} or {@code create}; an id used more than once becomes the method name
 *     followed by the path (e.g. {@code getAdmissionsId} for {@code GET /api/admissions/{id}}), a unique one stays;</li>
 * <li>each tag is listed once;</li>
 * <li>the two ways to sign in are declared as security schemes (HTTP Basic, the session cookie of
 *     {@code POST /api/auth/login}), either of them required by every operation but the public ones;</li>
 * <li>Payara's own top-level {@code endpoints} map (not OpenAPI: a generator with validation on refuses the document)
 *     is emptied, and Payara's writer leaves empty maps out; WildFly has none;</li>
 * <li>the request bodies of {@code ptdv.openapi.field-bodies} get every field ({@link FieldBodySchemas});</li>
 * <li>query and path parameters that the resources take as text so as to answer a Vietnamese 400 for a bad value
 *     ({@code year}, {@code page}, {@code size}, {@code id}…) are declared with the type they must have, and defaults
 *     take the parameter's type.</li>
 * </ul>
 * The resources are the source of truth for everything else (summaries, bodies, responses).
 */
public class OpenApiDocument implements OASFilter {

    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";

    /** Parameters that are whole numbers wherever they appear. */
    static final Set<String> INTEGERS = Set.of("year", "page", "size", "limit", "repeat", "classId", "guideId",
            "learnerId", "fromYear", "toYear");
    /** Path prefixes under which {@code {id}} is a record number (elsewhere it may be a name, e.g. a report's id). */
    static final List<String> NUMBERED_IDS = List.of("/api/admissions/", "/api/probations/", "/api/candidates/");
    /** Parameters that are true/false wherever they appear. */
    static final Set<String> BOOLEANS = Set.of("dryRun", "exact", "minority");
    /** Operations anyone may call: path → methods. */
    static final Map<String, Set<String>> PUBLIC = Map.of("/api/health", Set.of("GET"), "/api/auth/login", Set.of("POST"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        noPayaraEndpoints(openAPI);
        FieldBodySchemas.complete(openAPI, FieldBodySchemas.configured());
        uniqueTags(openAPI);
        securitySchemes(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Integer> uses = new HashMap<>();
        forEachOperation(openAPI, (path, method, op) -> {
            if (op.getOperationId() != null) {
                uses.merge(op.getOperationId(), 1, Integer::sum);
            }
        });
        Set<String> taken = new LinkedHashSet<>();
        forEachOperation(openAPI, (path, method, op) -> {
            String id = op.getOperationId();
            if (id == null || uses.get(id) > 1) {
                id = (id == null ? method.toLowerCase(Locale.ROOT) : id) + pathWords(path);
            }
            String unique = id;
            for (int n = 2; !taken.add(unique); n++) {
                unique = id + n;
            }
            op.setOperationId(unique);
            typedParameters(op.getParameters(), path);
            if (!PUBLIC.getOrDefault(path, Set.of()).contains(method)) {
                op.setSecurity(signIn());
            }
        });
        openAPI.getPaths().getPathItems().forEach((path, item) -> typedParameters(item.getParameters(), path));
    }

    /**
     * Payara Micro 6 fills {@code OpenAPIImpl.getEndpoints()} (application → endpoint URLs) before the filters run and
     * writes it as a top-level {@code endpoints} member; its writer omits empty maps, so clearing it (rather than
     * setting null, which its {@code clone()} does not expect) removes the member. Found by reflection: the method is
     * not in the MicroProfile model, and WildFly's model has none.
     */
    static void noPayaraEndpoints(OpenAPI openAPI) {
        java.lang.reflect.Method getter;
        try {
            getter = openAPI.getClass().getMethod("getEndpoints");
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            if (getter.invoke(openAPI) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // an unmodifiable or changed model: the document keeps the member, OpenApiIT reports it
        }
    }

    private static void uniqueTags(OpenAPI openAPI) {
        List<Tag> tags = openAPI.getTags();
        if (tags == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag t : tags) {
            byName.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b);
        }
        openAPI.setTags(new ArrayList<>(byName.values()));
    }

    private static void securitySchemes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Tên đăng nhập và mật khẩu của PTDV (HTTP Basic), cho các chương trình gọi API."));
        openAPI.getComponents().addSecurityScheme(SESSION, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("Phiên đăng nhập của trang web: cookie do POST /api/auth/login trả về; mọi yêu cầu ghi "
                        + "bằng cookie phải kèm tiêu đề X-Requested-With."));
    }

    /**
     * Either scheme signs in. Set on each operation rather than on the document: an empty list on a public operation
     * (which would lift a document-wide requirement) is dropped by Payara's writer.
     */
    private static List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> signIn() {
        return new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BASIC),
                OASFactory.createSecurityRequirement().addScheme(SESSION)));
    }

    private static void typedParameters(List<Parameter> parameters, String path) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            Schema s = p.getSchema();
            if (s == null || p.getName() == null || p.getIn() == Parameter.In.HEADER) {
                continue;
            }
            boolean numberedId = "id".equals(p.getName()) && NUMBERED_IDS.stream().anyMatch(path::startsWith);
            if (INTEGERS.contains(p.getName()) || numberedId) {
                setType(s, Schema.SchemaType.INTEGER);
                s.setFormat(p.getName().equals("year") || p.getName().endsWith("Year") || p.getName().equals("page")
                        || p.getName().equals("size") || p.getName().equals("limit") || p.getName().equals("repeat")
                        ? "int32" : "int64");
                s.setDefaultValue(number(s.getDefaultValue()));
            } else if (BOOLEANS.contains(p.getName())) {
                setType(s, Schema.SchemaType.BOOLEAN);
                if (s.getDefaultValue() != null) {
                    s.setDefaultValue(Boolean.parseBoolean(String.valueOf(s.getDefaultValue())));
                }
            } else if (hasType(s, Schema.SchemaType.INTEGER)) {
                s.setDefaultValue(number(s.getDefaultValue()));
            }
        }
    }

    /**
     * The schema's type is one value in MicroProfile OpenAPI 3.1 (Payara 6) and a list in 4.0 (WildFly 39): the
     * filter is compiled against 3.1 and finds the accessor the server has.
     */
    static void setType(Schema s, Schema.SchemaType type) {
        try {
            Schema.class.getMethod("setType", Schema.SchemaType.class).invoke(s, type);
        } catch (NoSuchMethodException e) {
            try {
                Schema.class.getMethod("setType", List.class).invoke(s, new ArrayList<>(List.of(type)));
            } catch (ReflectiveOperationException e2) {
                throw new IllegalStateException("Schema.setType", e2);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Schema.setType", e);
        }
    }

    static boolean hasType(Schema s, Schema.SchemaType type) {
        try {
            Object value = Schema.class.getMethod("getType").invoke(s);
            return value == type || value instanceof java.util.Collection<?> c && c.contains(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Schema.getType", e);
        }
    }

    private static Object number(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        try {
            return Long.valueOf(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "/api/admissions/{id}/history" → "AdmissionsIdHistory"; "/api/admissions.xlsx" → "AdmissionsXlsx". */
    static String pathWords(String path) {
        StringBuilder out = new StringBuilder();
        for (String word : path.replaceFirst("^/api", "").split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private interface OperationVisitor {
        void visit(String path, String method, Operation operation);
    }

    private static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        openAPI.getPaths().getPathItems().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().getOperations().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(o -> visitor.visit(e.getKey(), o.getKey().name(), o.getValue())));
    }
}
