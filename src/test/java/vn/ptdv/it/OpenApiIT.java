package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live OpenAPI document read by swagger-parser, the parser that OpenAPI Generator uses, with its validation on:
 * no validation message, one id per operation, each tag once, the two sign-in schemes declared and required, and
 * numbers typed as numbers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /**
     * WildFly 39 writes an empty licence and empty external documents (from the defaults of {@code @OpenAPIDefinition})
     * and the context root into every path, after the application's filter has run (seen in CI: the filter's typed
     * parameters are there, its removal of the empty objects is not). Tolerated on WildFly only.
     */
    static final List<String> WILDFLY_EMPTY = List.of("attribute info.license.name is missing",
            "attribute info.license.identifier is missing", "attribute externalDocs.url is missing");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    String json;
    SwaggerParseResult parsed;
    OpenAPI doc;
    boolean wildFlyPaths;

    private boolean onWildFly() {
        return wildFlyPaths;
    }

    @BeforeEach
    void read() throws Exception {
        URL openapi = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/openapi");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi.toURI())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        json = r.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(json, null, options);
        doc = parsed.getOpenAPI();
        assertNotNull(doc, () -> "not an OpenAPI document: " + parsed.getMessages());
        if (doc.getPaths() != null && doc.getPaths().keySet().stream().allMatch(p -> p.startsWith("/ptdv/"))) {
            // WildFly: paths from the host's root (see WILDFLY_EMPTY); the tests read them from the context root
            io.swagger.v3.oas.models.Paths relative = new io.swagger.v3.oas.models.Paths();
            doc.getPaths().forEach((p, item) -> relative.addPathItem(p.substring("/ptdv".length()), item));
            doc.setPaths(relative);
            wildFlyPaths = true;
        }
    }

    @Test
    void theDocumentValidates() {
        List<String> messages = new ArrayList<>(parsed.getMessages() == null ? List.of() : parsed.getMessages());
        if (onWildFly()) {
            messages.removeAll(WILDFLY_EMPTY);
        }
        assertEquals(List.of(), messages);
        assertTrue(doc.getPaths().containsKey("/api/admissions"), () -> doc.getPaths().keySet().toString());
        // Payara's own "endpoints" member (not OpenAPI) is emptied by the filter and so not written
        assertTrue(!json.contains("\"endpoints\""), "no top-level endpoints member");
    }

    @Test
    void everyOperationHasItsOwnIdAndEveryTagIsListedOnce() {
        Map<String, String> ids = new HashMap<>();
        List<String> twice = new ArrayList<>();
        operations().forEach((where, op) -> {
            assertNotNull(op.getOperationId(), where);
            String before = ids.put(op.getOperationId(), where);
            if (before != null) {
                twice.add(op.getOperationId() + ": " + before + " and " + where);
            }
        });
        assertEquals(List.of(), twice);
        assertTrue(ids.size() > 60, "the whole API is listed: " + ids.size());
        Set<String> tags = new HashSet<>();
        doc.getTags().forEach(t -> assertTrue(tags.add(t.getName()), "tag listed twice: " + t.getName()));
    }

    @Test
    void signingInIsDeclaredAndRequiredExceptOnThePublicOperations() {
        SecurityScheme basic = doc.getComponents().getSecuritySchemes().get("basicAuth");
        assertEquals(SecurityScheme.Type.HTTP, basic.getType());
        assertEquals("basic", basic.getScheme());
        SecurityScheme session = doc.getComponents().getSecuritySchemes().get("sessionCookie");
        assertEquals(SecurityScheme.Type.APIKEY, session.getType());
        assertEquals(SecurityScheme.In.COOKIE, session.getIn());
        assertEquals("JSESSIONID", session.getName());
        Operation health = doc.getPaths().get("/api/health").getGet();
        assertTrue(health.getSecurity() == null || health.getSecurity().isEmpty(), "health is public");
        assertTrue(doc.getSecurity() == null || doc.getSecurity().isEmpty(), "no document-wide requirement");
        List<String> open = new ArrayList<>();
        operations().forEach((where, op) -> {
            Set<String> schemes = new HashSet<>();
            if (op.getSecurity() != null) {
                op.getSecurity().forEach(s -> schemes.addAll(s.keySet()));
            }
            boolean isPublic = where.equals("GET /api/health") || where.equals("POST /api/auth/login");
            if (!isPublic && !schemes.equals(Set.of("basicAuth", "sessionCookie"))) {
                open.add(where + " " + schemes);
            }
        });
        assertEquals(List.of(), open, "every other operation takes either sign-in");
    }

    @Test
    void numbersAreTypedAsNumbers() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((where, op) -> {
            for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                if (Set.of("year", "page", "size", "limit").contains(p.getName()) && !"integer".equals(type(p.getSchema()))) {
                    wrong.add(where + " " + p.getName() + ": " + type(p.getSchema()));
                }
                Object d = p.getSchema() == null ? null : p.getSchema().getDefault();
                if ("integer".equals(type(p.getSchema())) && d != null && !(d instanceof Number)) {
                    wrong.add(where + " " + p.getName() + " default " + d);
                }
            }
        });
        assertEquals(List.of(), wrong);
        Parameter page = doc.getPaths().get("/api/admissions").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("page")).findFirst().orElseThrow();
        assertEquals(0, ((Number) page.getSchema().getDefault()).intValue());
    }

    /** The schema's type: one value in OpenAPI 3.0 (Payara), a set of one in 3.1 (WildFly). */
    static String type(io.swagger.v3.oas.models.media.Schema<?> s) {
        if (s == null) {
            return null;
        }
        if (s.getType() != null) {
            return s.getType();
        }
        return s.getTypes() != null && s.getTypes().size() == 1 ? s.getTypes().iterator().next() : null;
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> all = new java.util.TreeMap<>();
        doc.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> all.put(method + " " + path, op)));
        return all;
    }
}
