package vn.ptdv.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.List;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.control.ReportCatalog;
import vn.ptdv.reporting.control.ReportDownloads;
import vn.ptdv.reporting.control.ReportJobStore;
import vn.ptdv.reporting.control.ReportJobs;
import vn.ptdv.reporting.entity.ReportJob;

/**
 * Báo cáo chạy nền: the caller's report jobs.
 * <ul>
 *   <li>{@code GET /ptdv/api/report-jobs}: the caller's jobs, newest first;</li>
 *   <li>{@code GET /ptdv/api/report-jobs/{jobId}}: one job with its progress;</li>
 *   <li>{@code GET /ptdv/api/report-jobs/{jobId}/file}: the finished file (409 while not DONE, 410 once expired);</li>
 *   <li>{@code DELETE /ptdv/api/report-jobs/{jobId}}: cancels a queued or running job (204).</li>
 * </ul>
 * Only the owner sees a job: for everyone else it does not exist (404).
 */
@Path("report-jobs")
@RequestScoped
public class ReportJobsResource {

    static final int LIST_LIMIT = 100;

    @Inject
    Access access;

    @Inject
    ReportJobs jobs;

    @Inject
    ReportJobStore store;

    @Inject
    ReportCatalog catalog;

    @Inject
    ReportDownloads downloads;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportJobView> list() {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        return store.ofOwner(caller.username(), LIST_LIMIT).stream()
                .map(j -> ReportJobView.of(j, clock.instant())).toList();
    }

    @GET
    @Path("{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportJobView get(@PathParam("jobId") String jobId) {
        return ReportJobView.of(owned(jobId), clock.instant());
    }

    @GET
    @Path("{jobId}/file")
    public Response file(@PathParam("jobId") String jobId) {
        ReportJob job = owned(jobId);
        // the role may have lost a permission of the report since the job was queued
        catalog.find(job.getReportId()).ifPresent(p -> downloads.requirePermissions(p.definition()));
        ReportJob.State state = ReportJobView.effectiveState(job, clock.instant());
        if (state == ReportJob.State.EXPIRED) {
            throw new ProblemException(ProblemType.GONE,
                    "Tệp báo cáo đã hết hạn và đã bị xóa; vui lòng yêu cầu tạo lại báo cáo.");
        }
        if (state != ReportJob.State.DONE) {
            throw ProblemException.conflict("Báo cáo chưa sẵn sàng để tải (trạng thái " + state.name() + ").");
        }
        audit.download(job.getReportId(), job.getParameters(), null, "OK");
        int chunks = job.getChunks();
        StreamingOutput body = out -> {
            for (int i = 0; i < chunks; i++) {
                out.write(store.chunk(jobId, i));
            }
            out.flush();
        };
        ReportFormat format = ReportFormat.parse(job.getFormat()).orElse(ReportFormat.PDF);
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(job.getFileName(),
                        job.getDisplayName()))
                .header(HttpHeaders.CONTENT_LENGTH, job.getSize())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Path("{jobId}")
    public Response cancel(@PathParam("jobId") String jobId) {
        ReportJob job = owned(jobId);
        if (!job.getState().live()) {
            throw ProblemException.conflict("Báo cáo đã kết thúc (trạng thái " + job.getState().name()
                    + "), không thể hủy.");
        }
        ReportJob now = jobs.cancel(jobId).orElseThrow(() -> notFound(jobId));
        if (now.getState() != ReportJob.State.CANCELLED) {
            throw ProblemException.conflict("Báo cáo vừa kết thúc (trạng thái " + now.getState().name()
                    + "), không thể hủy.");
        }
        return Response.noContent().build();
    }

    /** The caller's job; another user's job, like an unknown one, is 404. */
    private ReportJob owned(String jobId) {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        return store.find(jobId).filter(j -> j.getOwner().equals(caller.username()))
                .orElseThrow(() -> notFound(jobId));
    }

    private static ProblemException notFound(String jobId) {
        return ProblemException.notFound("Không tìm thấy yêu cầu báo cáo '" + jobId + "'.");
    }
}
