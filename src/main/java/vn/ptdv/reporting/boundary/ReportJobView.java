package vn.ptdv.reporting.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ptdv.reporting.entity.ReportJob;

/**
 * A report job as JSON. {@code state} is QUEUED, RUNNING, DONE, FAILED, CANCELLED or EXPIRED (a DONE job past
 * {@code expiresAt} shows EXPIRED even before the housekeeping removed its file); {@code downloadUrl} only when DONE.
 */
@JsonbPropertyOrder({"id", "report", "parameters", "format", "state", "pagesRendered", "createdAt", "startedAt",
        "finishedAt", "expiresAt", "fileName", "size", "downloadUrl", "error"})
public record ReportJobView(String id, String report, Map<String, String> parameters, String format, String state,
                           int pagesRendered, Instant createdAt, Instant startedAt, Instant finishedAt,
                           Instant expiresAt, String fileName, Long size, String downloadUrl, String error) {

    /** The path of the job under the API (what Location points to). */
    static String path(String id) {
        return "/ptdv/api/report-jobs/" + id;
    }

    static ReportJobView of(ReportJob job, Instant now) {
        ReportJob.State state = effectiveState(job, now);
        boolean done = state == ReportJob.State.DONE;
        return new ReportJobView(job.getId(), job.getReportId(), parameters(job.getParameters()), job.getFormat(),
                state.name(), job.getPagesRendered(), job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(),
                job.getExpiresAt(), job.getDisplayName(), done ? job.getSize() : null,
                done ? path(job.getId()) + "/file" : null, job.getError());
    }

    static ReportJob.State effectiveState(ReportJob job, Instant now) {
        return job.getState() == ReportJob.State.DONE && job.getExpiresAt() != null && !job.getExpiresAt().isAfter(now)
                ? ReportJob.State.EXPIRED : job.getState();
    }

    /** "org=LC&year=2024&async=true" → {org: LC, year: 2024} (async is how it was asked, not what it lists). */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isBlank()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!name.isEmpty() && !name.equals(ReportsResource.ASYNC)) {
                result.putIfAbsent(name, value);
            }
        }
        return result;
    }
}
