package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Asynchronous reports end to end: 202 + Location, progress to DONE, the file equal to the synchronous rendering, the
 * owner-only rule, cancelling a running list, and 429 from a full queue (default 2 workers + 10 waiting). Polling has
 * a generous limit and asserts no durations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportJobsIT {

    /** LC over 2020–2024: 11.460 rows, above the default threshold of 5.000, so it becomes a job unasked. */
    static final String BIG_LIST = "reports/admission-list?org=LC&fromYear=2020&toYear=2024";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static String jobPath(Api.Reply accepted) {
        String location = accepted.header("Location");
        assertNotNull(location, "202 names the job in Location");
        assertTrue(location.contains("/ptdv/api/report-jobs/"), location);
        return location.substring(location.indexOf("/api/") + 5);
    }

    /** Polls the job until it is no longer QUEUED/RUNNING (or the wanted state), at most ~5 minutes. */
    private static JsonObject await(Api api, String job, String wanted) throws InterruptedException {
        JsonObject view = null;
        for (int i = 0; i < 1500; i++) {
            view = api.get(job).json();
            String state = view.getString("state");
            if (state.equals(wanted) || (!state.equals("QUEUED") && !state.equals("RUNNING"))) {
                return view;
            }
            Thread.sleep(200);
        }
        return view;
    }

    @Test
    void asyncDemoReportEqualsTheSynchronousOneAndOnlyItsOwnerSeesIt() throws Exception {
        Api admin = Api.as(base, "tinhuy.admin");
        String query = "reports/admission-results?org=LC&year=2024&format=pdf";
        Api.Reply accepted = admin.get(query + "&async=true");
        assertEquals(202, accepted.status(), accepted.text());
        String job = jobPath(accepted);
        JsonObject view = accepted.json();
        assertEquals("admission-results", view.getString("report"));
        assertEquals("LC", view.getJsonObject("parameters").getString("org"));
        assertEquals("pdf", view.getString("format"));

        JsonObject done = await(admin, job, "DONE");
        assertEquals("DONE", done.getString("state"), done.toString());
        assertTrue(done.getInt("pagesRendered") >= 1);
        assertFalse(done.isNull("expiresAt"));
        assertEquals("/ptdv/api/" + job + "/file", done.getString("downloadUrl"));

        Api.Reply file = admin.get(job + "/file");
        assertEquals(200, file.status(), file.text());
        assertEquals("application/pdf", file.contentType());
        assertTrue(file.header("Content-Disposition").startsWith("attachment;"));
        assertEquals(done.getJsonNumber("size").longValue(), file.bytes().length);
        Api.Reply sync = admin.get(query);
        assertEquals(200, sync.status());
        assertEquals(AdmissionResultsReportIT.pdfText(sync.bytes()), AdmissionResultsReportIT.pdfText(file.bytes()));

        // the caller's list, newest first
        assertEquals(done.getString("id"), admin.get("report-jobs").array().getJsonObject(0).getString("id"));

        // nobody else sees it, not even an administrator of the same scope
        for (String other : List.of("lc.viewer", Api.SYSTEM_ADMIN)) {
            Api stranger = Api.as(base, other);
            assertEquals(404, stranger.get(job).status(), other);
            assertEquals(404, stranger.get(job + "/file").status(), other);
            assertEquals(404, stranger.delete(job).status(), other);
            assertTrue(stranger.get("report-jobs").array().stream()
                    .noneMatch(j -> j.asJsonObject().getString("id").equals(done.getString("id"))));
        }
        assertEquals(401, Api.anonymous(base).get(job).status());
        assertEquals(409, admin.delete(job).status(), "a finished job cannot be cancelled");
    }

    @Test
    void namedListStreamedAsAJobEqualsTheSynchronousList() throws Exception {
        Api staff = Api.as(base, "baothang.staff");
        String query = "reports/admission-list?org=LC-BT&year=2024";
        Api.Reply sync = staff.get(query);
        assertEquals(200, sync.status(), sync.text());
        String text = AdmissionResultsReportIT.pdfText(sync.bytes());
        assertTrue(text.contains("DANH SÁCH"), text.substring(0, 300));
        assertTrue(text.contains("Đảng viên được kết nạp năm 2024"));
        assertTrue(text.contains("Tổng cộng:"));
        Api.Reply accepted = staff.get(query + "&async=true");
        assertEquals(202, accepted.status(), accepted.text());
        String job = jobPath(accepted);
        assertEquals("DONE", await(staff, job, "DONE").getString("state"));
        assertEquals(text, AdmissionResultsReportIT.pdfText(staff.get(job + "/file").bytes()));
        // a report viewer may not ask for named lists at all
        assertEquals(403, Api.as(base, "lc.viewer").get(query + "&async=true").status());
        // a political centre downloads named lists of its learners but may not read admissions: nor their list
        Api centre = Api.as(base, "ttct.baothang");
        assertEquals(403, centre.get("admissions?org=LC-BT&year=2024").status());
        assertEquals(403, centre.get(query).status());
        assertEquals(403, centre.get(query + "&async=true").status());
        assertTrue(centre.get("reports").array().stream()
                .noneMatch(r -> r.asJsonObject().getString("id").equals("admission-list")), "not in its catalogue");
        assertTrue(centre.get("reports").array().stream()
                .anyMatch(r -> r.asJsonObject().getString("id").equals("class-results")), "its learners' lists are");
    }

    @Test
    void aBigListBecomesAJobAndCancellingStopsIt() throws Exception {
        Api admin = Api.as(base, "tinhuy.admin");
        Api.Reply accepted = admin.get(BIG_LIST);
        assertEquals(202, accepted.status(), "11.460 rows exceed the threshold: " + accepted.text());
        String job = jobPath(accepted);
        JsonObject running = await(admin, job, "RUNNING");
        assertEquals("RUNNING", running.getString("state"), running.toString());
        assertEquals(204, admin.delete(job).status());
        JsonObject cancelled = admin.get(job).json();
        assertEquals("CANCELLED", cancelled.getString("state"));
        assertFalse(cancelled.isNull("finishedAt"));
        assertEquals(409, admin.get(job + "/file").status());
        assertTrue(admin.get(job + "/file").contentType().startsWith("application/problem+json"));
    }

    @Test
    void aFullQueueAnswers429WithRetryAfter() throws Exception {
        Api admin = Api.as(base, "tinhuy.admin");
        List<String> jobs = new ArrayList<>();
        Api.Reply refused = null;
        try {
            // 2 workers + 10 waiting by default: the 13th big list at the latest is refused
            for (int i = 0; i < 13 && refused == null; i++) {
                Api.Reply r = admin.get(BIG_LIST);
                if (r.status() == 202) {
                    jobs.add(jobPath(r));
                } else {
                    refused = r;
                }
            }
            assertNotNull(refused, "the queue never filled");
            assertEquals(429, refused.status(), refused.text());
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertNotNull(refused.header("Retry-After"));
            assertTrue(refused.json().getString("detail").contains("Hàng đợi báo cáo đang đầy"));
        } finally {
            for (String job : jobs) {
                admin.delete(job);
            }
        }
        for (String job : jobs) {
            assertEquals("CANCELLED", admin.get(job).json().getString("state"));
        }
    }
}
