package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.SpecValidationException;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * What a client generator makes of the live OpenAPI document: OpenAPI Generator (generator {@code java}, library
 * {@code native}) with its validation on generates a client, javac compiles it against the test class path, and the
 * generated admissions API, signed in with HTTP Basic as an account of a test tree, lists admissions and creates one,
 * which the next reads return. The settings are those of docs/api.md, "Generating a client".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiClientIT {

    static final String INVOKER = "vn.ptdv.client";
    static final String API = INVOKER + ".api";
    static final String MODEL = INVOKER + ".model";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aGeneratedJavaClientListsAndCreatesAdmissions() throws Exception {
        Path out = Path.of(System.getProperty("ptdv.it.clientDir", "target/openapi-client"));
        deleteTree(out);
        Files.createDirectories(out);
        String json = document();
        Path spec = out.resolve("openapi.json");
        Files.writeString(spec, json, StandardCharsets.UTF_8);
        OpenAPI doc = new OpenAPIV3Parser().readContents(json, null, null).getOpenAPI();
        // WildFly writes the context root into every path: the client's base is then the host's root
        contextInPaths = doc.getPaths().keySet().stream().allMatch(k -> k.startsWith("/ptdv/"));
        String listId = operation(doc, "/api/admissions", PathItem.HttpMethod.GET).getOperationId();
        String createId = operation(doc, "/api/admissions", PathItem.HttpMethod.POST).getOperationId();
        String getId = operation(doc, "/api/admissions/{id}", PathItem.HttpMethod.GET).getOperationId();
        List<String> listParameters = operation(doc, "/api/admissions", PathItem.HttpMethod.GET).getParameters().stream()
                .map(Parameter::getName).toList();

        generate(spec, out.resolve("src"));
        Path classes = out.resolve("classes");
        compile(out.resolve("src/src/main/java"), classes);

        Api admin = new Api(base);
        TestTree t = TestTree.create(admin);
        TestTree.Credentials staff = TestTree.account(admin, base, "DATA_ENTRY", t.commune);
        long id;
        String decision = UUID.randomUUID().toString().substring(0, 8) + "-QĐ/HU";
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Object client = apiClient(loader, staff);
            Object api = apiFor(loader, classes, client, listId);

            Object empty = call(api, listId, listParameters.size(), listArguments(listParameters, t.commune));
            assertEquals(0L, ((Number) get(empty, "getTotal")).longValue(), "a new tree has no admission yet");

            Method create = method(api.getClass(), createId, 1);
            Object mapper = client.getClass().getMethod("getObjectMapper").invoke(client);
            Object body = mapper.getClass().getMethod("readValue", String.class, Class.class)
                    .invoke(mapper, t.admission(decision), create.getParameterTypes()[0]);
            Object created = invoke(create, api, body);
            assertNotNull(created, "POST /api/admissions answers the admission (201, AdmissionView)");
            id = ((Number) get(created, "getId")).longValue();
            assertEquals("Giàng Thị Mai", get(created, "getFullName"));
            assertEquals(decision, get(created, "getDecisionNumber"));
            assertEquals("FEMALE", String.valueOf(get(created, "getGender")));
            assertEquals(java.time.LocalDate.of(1998, 4, 12), get(created, "getBirthDate"));

            Object read = call(api, getId, 1, id);
            assertEquals(decision, get(read, "getDecisionNumber"));
            assertEquals(t.cell, get(read, "getOrganizationCode"));
            Object page = call(api, listId, listParameters.size(), listArguments(listParameters, t.commune));
            assertEquals(1L, ((Number) get(page, "getTotal")).longValue());
            List<?> items = (List<?>) get(page, "getItems");
            assertEquals(id, ((Number) get(items.get(0), "getId")).longValue());
        }
        // and over REST without the generated client
        Api.Reply r = admin.get("admissions?org=" + t.root);
        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getInt("total"), r::toString);
        assertEquals(id, r.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        Api.Reply direct = Api.as(base, staff.username(), staff.password()).get("admissions/" + id);
        assertEquals(200, direct.status(), direct::toString);
        assertEquals(decision, direct.json().getString("decisionNumber"));
        assertEquals("FEMALE", direct.json().getString("gender"));
        assertEquals("1998-04-12", direct.json().getString("birthDate"));
    }

    /** The served paths begin with the context root (WildFly). */
    private boolean contextInPaths;

    private String document() throws Exception {
        URL openapi = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/openapi");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi.toURI())
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return withoutWildFlyEmptyObjects(r.body());
    }

    /**
     * WildFly 39 writes an empty licence and empty external documents into the document after the application's filter
     * has run (OpenApiIT.WILDFLY_EMPTY, tolerated there on WildFly only); the generator's validation refuses them. On
     * WildFly (its paths carry the context root) exactly those two objects are dropped when they are empty; nothing
     * else is changed, and on Payara the document is used as served.
     */
    static String withoutWildFlyEmptyObjects(String json) {
        jakarta.json.JsonObject doc;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            doc = reader.readObject();
        }
        jakarta.json.JsonObject paths = doc.getJsonObject("paths");
        boolean wildFly = paths != null && !paths.isEmpty() && paths.keySet().stream().allMatch(k -> k.startsWith("/ptdv/"));
        if (!wildFly) {
            return json;
        }
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder(doc);
        jakarta.json.JsonObject docs = doc.getJsonObject("externalDocs");
        if (docs != null && !docs.containsKey("url")) {
            b.remove("externalDocs");
        }
        jakarta.json.JsonObject info = doc.getJsonObject("info");
        if (info != null && info.getJsonObject("license") != null && !info.getJsonObject("license").containsKey("name")) {
            b.add("info", jakarta.json.Json.createObjectBuilder(info).remove("license"));
        }
        return b.build().toString();
    }

    /** The operation, under the context root (Payara) or with it (WildFly writes it into every path). */
    private static Operation operation(OpenAPI doc, String path, PathItem.HttpMethod method) {
        PathItem item = doc.getPaths().get(path);
        if (item == null) {
            item = doc.getPaths().get("/ptdv" + path);
        }
        assertNotNull(item, path);
        Operation op = item.readOperationsMap().get(method);
        assertNotNull(op, method + " " + path);
        assertNotNull(op.getOperationId(), method + " " + path);
        return op;
    }

    /** OpenAPI Generator, as docs/api.md says; its validation's errors fail the test. */
    static void generate(Path spec, Path into) {
        CodegenConfigurator c = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toString())
                .setOutputDir(into.toString())
                .setValidateSpec(true)
                .setApiPackage(API)
                .setModelPackage(MODEL)
                .setInvokerPackage(INVOKER)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("sortParamsByRequiredFlag", false)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        ClientOptInput input;
        try {
            input = c.toClientOptInput();
        } catch (SpecValidationException e) {
            fail("the generator's validation refuses the document: " + e.getErrors() + " " + e.getMessage());
            return;
        }
        try {
            List<File> files = new DefaultGenerator().opts(input).generate();
            assertTrue(files.stream().anyMatch(f -> f.getName().equals("ApiClient.java")), files::toString);
        } finally {
            GlobalSettings.reset();
        }
    }

    /** javac on the generated sources, against the class path of the tests (Jackson, Jakarta annotations…). */
    static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK, not a JRE");
        Files.createDirectories(classes);
        List<File> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        assertTrue(files.size() > 50, "the whole API is generated: " + files.size());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, fm, diagnostics, List.of("-classpath", classPath, "-d", classes.toString(),
                    "-encoding", "UTF-8", "-proc:none", "-nowarn", "--release", "17"), null,
                    fm.getJavaFileObjectsFromFiles(files)).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
                }
            }
            assertTrue(ok && errors.isEmpty(), () -> "the generated client compiles: " + errors);
        }
    }

    /** The generated ApiClient: the deployment's base, HTTP/1.1 (see {@link Api}) and HTTP Basic on every request. */
    private Object apiClient(ClassLoader loader, TestTree.Credentials who) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(INVOKER + ".ApiClient");
        Object client = type.getConstructor().newInstance();
        String u = contextInPaths ? base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() : base.toString();
        type.getMethod("updateBaseUri", String.class).invoke(client, u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        type.getMethod("setHttpClientBuilder", HttpClient.Builder.class).invoke(client,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)));
        type.getMethod("setReadTimeout", Duration.class).invoke(client, Duration.ofMinutes(2));
        String basic = "Basic " + Base64.getEncoder().encodeToString((who.username() + ":" + who.password())
                .getBytes(StandardCharsets.UTF_8));
        Consumer<HttpRequest.Builder> signIn = b -> b.header("Authorization", basic);
        type.getMethod("setRequestInterceptor", Consumer.class).invoke(client, signIn);
        return client;
    }

    /**
     * The generated API class that has the operation (one class per tag; the class names come from the Vietnamese tag
     * names, so they are found by the operation, not named here).
     */
    private static Object apiFor(ClassLoader loader, Path classes, Object client, String operationId) throws Exception {
        Path dir = classes.resolve(API.replace('.', '/'));
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Api.class")).sorted().toList();
        }
        for (String n : names) {
            Class<?> type = loader.loadClass(API + "." + n.substring(0, n.length() - ".class".length()));
            if (Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals(operationId))) {
                return type.getConstructor(client.getClass()).newInstance(client);
            }
        }
        throw new AssertionError("no generated API has " + operationId + ": " + names);
    }

    private static Object[] listArguments(List<String> parameters, String org) {
        return parameters.stream().map(p -> p.equals("org") ? org : null).toArray();
    }

    private static Method method(Class<?> type, String name, int parameters) {
        return Stream.of(type.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters)
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no " + name + "/" + parameters));
    }

    private static Object call(Object api, String name, int parameters, Object... arguments) throws Exception {
        return invoke(method(api.getClass(), name, parameters), api, arguments);
    }

    /** The call, with the generated ApiException (status and body of the answer) as the failure. */
    private static Object invoke(Method m, Object target, Object... arguments) throws Exception {
        try {
            return m.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String detail = cause.toString();
            try {
                detail = cause.getClass().getMethod("getCode").invoke(cause) + " "
                        + cause.getClass().getMethod("getResponseBody").invoke(cause);
            } catch (NoSuchMethodException notApiException) {
                // another exception: its message is the detail
            }
            throw new AssertionError(m.getName() + ": " + detail, cause);
        }
    }

    private static Object get(Object bean, String getter) throws ReflectiveOperationException {
        return bean.getClass().getMethod(getter).invoke(bean);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
