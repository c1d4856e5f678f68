package vn.ptdv.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for black-box tests against the deployed application. */
public final class Api {

    /** The password of every demo user (README). */
    public static final String DEMO_PASSWORD = "ptdv-demo-2024";
    /** The demo system administrator: sees every tree, so tests can build their own trees beside the demo's. */
    public static final String SYSTEM_ADMIN = "quantri.hethong";

    /**
     * HTTP/1.1, not the JDK's default HTTP/2: on {@code http://} the JDK upgrades the connection to h2c, which Payara
     * Micro (Grizzly) accepts, and an idle timer of Grizzly (most likely the 30 s keep-alive) keeps running on an h2c
     * connection while a request is processed, so a request that left the connection silent that long (a long import
     * commit on a loaded machine) lost it: "EOF reached while reading" here, "Connection is closed" in the server log.
     * Over HTTP/1.1 the timer only runs between requests. The request timeout is a safety net for hung servers.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    /** A client signed in (HTTP Basic) as the demo system administrator. */
    public Api(URL deploymentUrl) {
        this(deploymentUrl, SYSTEM_ADMIN, DEMO_PASSWORD);
    }

    private Api(URL deploymentUrl, String username, String password) {
        String u = deploymentUrl.toString();
        this.base = (u.endsWith("/") ? u : u + "/") + "api/";
        this.authorization = username == null ? null : "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client signed in as a demo user. */
    public static Api as(URL deploymentUrl, String username) {
        return new Api(deploymentUrl, username, DEMO_PASSWORD);
    }

    /** A client signed in with the given credentials. */
    public static Api as(URL deploymentUrl, String username, String password) {
        return new Api(deploymentUrl, username, password);
    }

    /** A client that sends no credentials. */
    public static Api anonymous(URL deploymentUrl) {
        return new Api(deploymentUrl, null, null);
    }

    /** The same call with any method and body; for the access matrix. */
    public Reply call(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json; charset=UTF-8").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(b);
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The number of admission records a list query answers ({@code admissions?size=1&query}); 200 required. */
    public long admissionTotal(String query) {
        Reply r = get("admissions?size=1&" + query);
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
        return r.json().getJsonNumber("total").longValue();
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    private Reply send(HttpRequest.Builder builder) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> r = http.send(builder.timeout(Duration.ofSeconds(600)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and body. */
    public record Reply(int status, HttpResponse<byte[]> response, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
