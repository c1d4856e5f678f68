package vn.ptdv.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.ReportScope;
import vn.ptdv.reporting.entity.ReportJob;
import vn.ptdv.shared.VietnameseText;

/**
 * Tải báo cáo: the steps every download takes, the same for the synchronous download, the job submission and the
 * timings of the benchmark, so that none of them can skip one. In the caller's request: the report exists (404), the
 * caller's role holds every permission of its definition (401/403), the parameters are valid (400), every organisation
 * parameter has a record in the caller's scope (404, audited as denied), and the provider builds the request with the
 * caller's scope (so its queries read only what the caller may see). Every outcome is audited as a download.
 */
@ApplicationScoped
public class ReportDownloads {

    @Inject
    ReportCatalog catalog;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    YearRange years;

    @Inject
    ReportJobs jobs;

    /** A download the caller may make, its arguments validated and scoped; {@code parameters} is the raw query. */
    public record Download(ReportProvider provider, Caller caller, ReportArguments arguments, String parameters) {

        public String id() {
            return provider.id();
        }

        /** About how many rows the document lists (above the threshold it becomes a job). */
        public long estimatedRows() {
            return provider.estimatedRows(arguments);
        }
    }

    /** Whether the caller's role holds every permission the report needs (the catalogue lists only those). */
    public static boolean permitted(Caller caller, ReportDefinition definition) {
        return definition.permissions().stream().allMatch(caller::may);
    }

    /** The caller, whose role must hold every permission of the report: 401 when anonymous, 403 (audited) without. */
    public Caller requirePermissions(ReportDefinition definition) {
        Caller caller = access.require(Permission.DOWNLOAD_REPORTS);
        for (Permission p : definition.permissions()) {
            access.require(p);
        }
        return caller;
    }

    /**
     * Opens a download of report {@code id}.
     *
     * @param query      the decoded query parameters
     * @param parameters the raw query, for the audit trail and the job
     */
    public Download open(String id, Map<String, List<String>> query, String parameters) {
        ReportProvider provider = catalog.find(id)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy báo cáo có mã '" + id + "'."));
        Caller caller = requirePermissions(provider.definition());
        ReportScope scope = caller.unrestricted() ? ReportScope.ALL : new ReportScope(false, caller.scopePaths());
        ReportArguments arguments = ReportArgumentsParser.parse(provider, query, years, scope).onOutOfScope(path ->
                audit.denied(caller.username(), "REPORT " + id, "outside scope " + caller.scopeCode()));
        for (ReportParameter p : provider.parameters()) {
            if (p.type() == ReportParameter.Type.ORGANIZATION) {
                String code = arguments.string(p.name()).orElse(null);
                if (code != null && !access.covers(caller, code)) {
                    audit.denied(caller.username(), "REPORT " + id, "organisation outside scope " + caller.scopeCode());
                    throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
                }
            }
        }
        return new Download(provider, caller, arguments, parameters);
    }

    /** Builds the download's request in its format; a refusal of the provider is audited as REJECTED. */
    public ReportRequest build(Download download) {
        try {
            ReportArguments a = download.arguments();
            return download.provider().build(a).withFormat(a.format(), a.pdfA());
        } catch (ProblemException e) {
            audit(download, "REJECTED");
            throw e;
        }
    }

    /**
     * Builds the request here, in the caller's request (so that a refusal answers now), and queues its rendering as a
     * job of the caller.
     *
     * @throws ProblemException TOO_MANY_REQUESTS when the queue is full (audited as BUSY)
     */
    public ReportJob queue(Download download, long estimatedRows) {
        ReportRequest request = build(download);
        ReportJob job;
        try {
            job = jobs.submit(download.caller().username(), download.id(), download.parameters(), request,
                    estimatedRows, displayName(request, download.provider()));
        } catch (ProblemException e) {
            audit(download, e.type() == ProblemType.TOO_MANY_REQUESTS ? "BUSY" : "REJECTED");
            throw e;
        }
        audit(download, "QUEUED");
        return job;
    }

    /** Audits the outcome of a download: OK, BUSY, FAILED, REJECTED, QUEUED, TIMING. */
    public void audit(Download download, String outcome) {
        audit.download(download.id(), download.parameters(), null, outcome);
    }

    /** The Vietnamese file name: "Báo cáo Kết quả công tác phát triển đảng viên năm 2024.pdf". */
    public static String displayName(ReportRequest request, ReportProvider provider) {
        Letterhead l = request.letterhead();
        String name = provider.title();
        if (l != null && l.title() != null) {
            name = capitalise(l.documentType()) + " " + l.title();
        }
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip()
                + "." + request.format().extension();
    }

    private static String capitalise(String upper) {
        String lower = upper.toLowerCase(VietnameseText.VI_VN);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
