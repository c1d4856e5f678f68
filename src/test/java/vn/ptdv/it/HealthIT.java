package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void healthAnswersWhenTheDatabaseDoes() {
        Api api = new Api(base);
        Api.Reply reply = api.get("health");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.text().contains("UP"), reply::toString);
    }

    @Test
    void openApiDocumentIsPublicAndListsTheApi() throws Exception {
        URL openapi = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/openapi");
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(openapi.toURI()).header("Accept", "application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/api/admissions") || r.body().contains("/admissions"), "OpenAPI lists the admissions API");
        assertTrue(r.body().contains("/organizations/{code}/targets"), "OpenAPI lists the targets API");
    }

    @Test
    void unknownPathIsProblemJson() {
        Api.Reply reply = new Api(base).get("no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(404, reply.json().getInt("status"));
    }
}
