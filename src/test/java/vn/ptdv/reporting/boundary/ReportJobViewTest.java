package vn.ptdv.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.entity.ReportJob;

class ReportJobViewTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void aDoneJobPastItsTimeShowsExpiredWithoutDownload() {
        ReportJob job = new ReportJob("u", "admission-list", "org=LC&fromYear=2020&toYear=2024&async=true&format=pdf",
                "pdf", 1, "n", "a.pdf", "Danh sách.pdf", T0);
        job.start(T0);
        job.finish(T0.plusSeconds(10), 99, 1, 3, Duration.ofHours(24));
        ReportJobView fresh = ReportJobView.of(job, T0.plusSeconds(11));
        assertEquals("DONE", fresh.state());
        assertEquals("/ptdv/api/report-jobs/" + job.getId() + "/file", fresh.downloadUrl());
        assertEquals(99L, fresh.size());
        assertEquals(Map.of("org", "LC", "fromYear", "2020", "toYear", "2024", "format", "pdf"), fresh.parameters());
        ReportJobView late = ReportJobView.of(job, T0.plusSeconds(10).plus(Duration.ofHours(24)));
        assertEquals("EXPIRED", late.state());
        assertNull(late.downloadUrl());
    }

    @Test
    void parametersAreDecoded() {
        assertEquals(Map.of("q", "Bảo Thắng"), ReportJobView.parameters("q=B%E1%BA%A3o+Th%E1%BA%AFng"));
        assertEquals(Map.of(), ReportJobView.parameters(null));
    }
}
