package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The system administrator's operations: online backup of the embedded Derby and server-side report timings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminOperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void onlineBackupWritesACompleteDerbyDatabaseAndIsAudited() {
        Api.Reply r = new Api(base).post("admin/backups", "");
        if (r.status() == 409) {
            // the PostgreSQL profile: no online backup by the application, pg_dump instead
            assertTrue(r.text().contains("pg_dump"), r::toString);
            return;
        }
        assertEquals(201, r.status(), r::toString);
        JsonObject body = r.json();
        Path database = Path.of(body.getString("database"));
        assertTrue(Files.isRegularFile(database.resolve("service.properties")), database::toString);
        assertTrue(Files.isDirectory(database.resolve("seg0")), database::toString);
        assertTrue(body.getJsonNumber("bytes").longValue() > 1_000_000, body::toString);
        String audit = new Api(base).get("audit?action=BACKUP_CREATED&limit=5").text();
        assertTrue(audit.contains(database.getParent().getFileName().toString()), audit);
    }

    @Test
    void onlySystemAdministratorsBackUpOrTime() {
        assertEquals(403, Api.as(base, "tinhuy.admin").post("admin/backups", "").status());
        assertEquals(403, Api.as(base, "lc.viewer").get("report-timings/admission-results?org=LC&year=2024").status());
        assertEquals(401, Api.anonymous(base).post("admin/backups", "").status());
    }

    @Test
    void reportTimingsMeasureTheRealReport() {
        Api.Reply r = new Api(base).get("report-timings/admission-results?org=LC&year=2024&format=pdf&repeat=2");
        assertEquals(200, r.status(), r::toString);
        JsonObject t = r.json();
        assertEquals(2, t.getInt("repeat"));
        assertTrue(t.getInt("pages") >= 1 && t.getJsonNumber("bytes").longValue() > 10_000, t::toString);
        for (String step : new String[] {"query", "fill", "export", "floor", "inProcess"}) {
            assertTrue(t.getJsonObject(step).getJsonNumber("p50").doubleValue() > 0, step);
        }
        // the in-process floor is each run's three steps together, so its p50 is at least the floor's and the query's
        double inProcess = t.getJsonObject("inProcess").getJsonNumber("p50").doubleValue();
        assertTrue(inProcess >= t.getJsonObject("floor").getJsonNumber("p50").doubleValue()
                && inProcess >= t.getJsonObject("query").getJsonNumber("p50").doubleValue(), t::toString);
        assertEquals(400, new Api(base).get("report-timings/admission-results?org=LC&year=2024&repeat=0").status());
        assertEquals(404, new Api(base).get("report-timings/no-such-report").status());
    }
}
