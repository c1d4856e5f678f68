package vn.ptdv.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.control.JasperReportEngine;
import vn.ptdv.reporting.control.ReportCatalog;
import vn.ptdv.reporting.control.ReportDownloads;
import vn.ptdv.reporting.entity.ReportJob;

/**
 * Báo cáo: the catalogue of official documents and their downloads.
 * <ul>
 *   <li>{@code GET /ptdv/api/reports}: every report with its parameters and formats;</li>
 *   <li>{@code GET /ptdv/api/reports/{id}?format=pdf|docx|xlsx&pdfa=true&<parameters>}: the rendered document; or,
 *   when the provider estimates more rows than {@code ptdv.reports.async-threshold-rows} or the caller adds
 *   {@code async=true}, {@code 202 Accepted} with {@code Location: /ptdv/api/report-jobs/{jobId}} and the job
 *   ({@link ReportJobsResource}).</li>
 * </ul>
 * The steps before rendering are {@link ReportDownloads}'s, shared with the jobs and the timings. The document is
 * rendered completely before the first byte is sent, so every failure is a problem+json answer.
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

    /** The query parameter that asks for an asynchronous job. */
    public static final String ASYNC = "async";

    @Inject
    ReportCatalog catalog;

    @Inject
    ReportDownloads downloads;

    @Inject
    JasperReportEngine engine;

    @Context
    UriInfo uriInfo;

    @Inject
    Access access;

    @Inject
    RenderingSlots slots;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_ASYNC_THRESHOLD_ROWS, defaultValue = "5000")
    long asyncThresholdRows;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportView> catalogue() {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        return catalog.all().stream().filter(p -> ReportDownloads.permitted(caller, p.definition()))
                .map(ReportView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") String id) {
        ReportDownloads.Download download = downloads.open(id, uriInfo.getQueryParameters(),
                uriInfo.getRequestUri().getRawQuery());
        long estimate = download.estimatedRows();
        if (asyncRequested() || estimate > asyncThresholdRows) {
            return submit(download, estimate);
        }
        if (!slots.tryAcquire()) {
            downloads.audit(download, "BUSY");
            throw new ProblemException(ProblemType.UNAVAILABLE,
                    "Máy chủ đang tạo nhiều báo cáo cùng lúc; vui lòng thử lại sau vài giây.");
        }
        ReportRequest request;
        RenderBuffer buffer = new RenderBuffer();
        try {
            request = downloads.build(download);
            engine.render(request, buffer);
            buffer.close();
        } catch (IOException e) {
            discard(buffer);
            downloads.audit(download, "FAILED");
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            discard(buffer); // audited as REJECTED by the build
            throw e;
        } catch (RuntimeException e) {
            discard(buffer);
            downloads.audit(download, "FAILED");
            throw e;
        } finally {
            slots.release();
        }
        downloads.audit(download, "OK");
        StreamingOutput body = buffer::sendTo;
        return Response.ok(body, request.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(
                        request.fileNameWithExtension(), ReportDownloads.displayName(request, download.provider())))
                .header(HttpHeaders.CONTENT_LENGTH, buffer.size())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Queues the download as a job: 202 with its Location. */
    private Response submit(ReportDownloads.Download download, long estimate) {
        ReportJob job = downloads.queue(download, estimate);
        return Response.accepted(ReportJobView.of(job, job.getCreatedAt()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .location(uriInfo.getBaseUriBuilder().path("report-jobs").path(job.getId()).build())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** {@code async=true} (or 1) asks for a job whatever the size. */
    private boolean asyncRequested() {
        String value = uriInfo.getQueryParameters().getFirst(ASYNC);
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false") || value.strip().equals("0")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true") || value.strip().equals("1")) {
            return true;
        }
        throw ProblemException.badParameter(ASYNC, "Tham số async chỉ nhận giá trị true hoặc false.");
    }

    private static void discard(RenderBuffer buffer) {
        try {
            buffer.discard();
        } catch (IOException ignored) {
            // the temporary file is gone with the JVM at the latest
        }
    }
}
