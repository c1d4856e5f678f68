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
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.control.JasperReportEngine;
import vn.ptdv.reporting.control.ReportArgumentsParser;
import vn.ptdv.reporting.control.ReportCatalog;
import vn.ptdv.reporting.control.ReportJobs;
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
 * The document is rendered completely before the first byte is sent, so every failure is a problem+json answer.
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

    /** The query parameter that asks for an asynchronous job. */
    public static final String ASYNC = "async";

    @Inject
    ReportCatalog catalog;

    @Inject
    JasperReportEngine engine;

    @Context
    UriInfo uriInfo;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    RenderingSlots slots;

    @Inject
    ReportJobs jobs;

    @Inject
    @ConfigProperty(name = PtdvConfig.REPORTS_ASYNC_THRESHOLD_ROWS, defaultValue = "5000")
    long asyncThresholdRows;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportView> catalogue() {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        return catalog.all().stream()
                .filter(p -> !p.namesPeople() || caller.may(Permission.DOWNLOAD_NAMED_LISTS))
                .map(ReportView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") String id) {
        ReportProvider provider = catalog.find(id)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy báo cáo có mã '" + id + "'."));
        Caller caller = access.require(provider.namesPeople() ? Permission.DOWNLOAD_NAMED_LISTS : Permission.DOWNLOAD_REPORTS);
        String parameters = uriInfo.getRequestUri().getRawQuery();
        ReportArguments arguments = ReportArgumentsParser.parse(provider, uriInfo.getQueryParameters());
        for (ReportParameter p : provider.parameters()) {
            if (p.type() == ReportParameter.Type.ORGANIZATION) {
                String code = uriInfo.getQueryParameters().getFirst(p.name());
                if (code != null && !access.covers(caller, code.strip())) {
                    audit.denied(caller.username(), "REPORT " + id, "organisation outside scope " + caller.scopeCode());
                    throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code.strip() + ".");
                }
            }
        }
        long estimate = provider.estimatedRows(arguments);
        if (asyncRequested() || estimate > asyncThresholdRows) {
            return submit(caller, provider, arguments, parameters, estimate);
        }
        if (!slots.tryAcquire()) {
            audit.download(id, parameters, null, "BUSY");
            throw new ProblemException(ProblemType.UNAVAILABLE,
                    "Máy chủ đang tạo nhiều báo cáo cùng lúc; vui lòng thử lại sau vài giây.");
        }
        ReportRequest request;
        RenderBuffer buffer = new RenderBuffer();
        try {
            request = provider.build(arguments).withFormat(arguments.format(), arguments.pdfA());
            engine.render(request, buffer);
            buffer.close();
        } catch (IOException e) {
            discard(buffer);
            audit.download(id, parameters, null, "FAILED");
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(buffer);
            audit.download(id, parameters, null, e instanceof ProblemException ? "REJECTED" : "FAILED");
            throw e;
        } finally {
            slots.release();
        }
        audit.download(id, parameters, null, "OK");
        StreamingOutput body = buffer::sendTo;
        return Response.ok(body, request.format().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(
                        request.fileNameWithExtension(), displayName(request, provider)))
                .header(HttpHeaders.CONTENT_LENGTH, buffer.size())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Builds the request here, in the caller's request (validation errors answer now), and queues its rendering. */
    private Response submit(Caller caller, ReportProvider provider, ReportArguments arguments, String parameters,
                            long estimate) {
        ReportRequest request;
        ReportJob job;
        try {
            request = provider.build(arguments).withFormat(arguments.format(), arguments.pdfA());
            job = jobs.submit(caller.username(), provider.id(), parameters, request, estimate,
                    displayName(request, provider));
        } catch (ProblemException e) {
            audit.download(provider.id(), parameters, null,
                    e.type() == ProblemType.TOO_MANY_REQUESTS ? "BUSY" : "REJECTED");
            throw e;
        }
        audit.download(provider.id(), parameters, null, "QUEUED");
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

    /** The Vietnamese file name: "Báo cáo Kết quả công tác phát triển đảng viên năm 2024.pdf". */
    static String displayName(ReportRequest request, ReportProvider provider) {
        Letterhead l = request.letterhead();
        String name = provider.title();
        if (l != null && l.title() != null) {
            name = l.documentType() == null ? l.title() : capitalise(l.documentType()) + " " + l.title();
        }
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip()
                + "." + request.format().extension();
    }

    private static String capitalise(String upper) {
        String lower = upper.toLowerCase(vn.ptdv.shared.VietnameseText.VI_VN);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void discard(RenderBuffer buffer) {
        try {
            buffer.discard();
        } catch (IOException ignored) {
            // the temporary file is gone with the JVM at the latest
        }
    }
}
