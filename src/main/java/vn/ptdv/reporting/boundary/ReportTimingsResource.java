package vn.ptdv.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.control.JasperReportEngine;
import vn.ptdv.reporting.control.ReportDownloads;

/**
 * Đo thời gian tạo báo cáo (system administrators, for the benchmark): {@code GET /ptdv/api/report-timings/{id}
 * ?repeat=n&<the report's parameters>} runs the steps of a download {@code n} times inside the server and answers
 * their durations: {@code query} = the provider's {@code build} (its aggregate SQL and row building), {@code fill} and
 * {@code export} = JasperReports alone from those rows in memory ({@code floor} = fill + export), {@code inProcess} =
 * query + fill + export (everything the server does to make the bytes, without HTTP, sign-in and the audit: the
 * in-process floor that bench/ divides the end-to-end time by), plus pages and bytes. Nothing
 * is sent but the numbers; the real download steps ({@link ReportDownloads}), provider and engine are measured, not a
 * copy.
 */
@Path("report-timings")
@RequestScoped
@Tag(name = "Quản trị hệ thống")
public class ReportTimingsResource {

    @Inject
    ReportDownloads downloads;

    @Inject
    JasperReportEngine engine;

    @Inject
    Access access;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thời gian truy vấn, điền và xuất một báo cáo, đo trong máy chủ (quản trị hệ thống)")
    public Map<String, Object> measure(@PathParam("id") String id, @QueryParam("repeat") Integer repeat) {
        access.require(Permission.OPERATE_SYSTEM);
        int n = repeat == null ? 5 : repeat;
        if (n < 1 || n > 200) {
            throw ProblemException.badParameter("repeat", "repeat phải từ 1 đến 200.");
        }
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>(uriInfo.getQueryParameters());
        query.remove("repeat");
        ReportDownloads.Download download = downloads.open(id, query, uriInfo.getRequestUri().getRawQuery());
        downloads.audit(download, "TIMING");
        double[] build = new double[n];
        double[] fill = new double[n];
        double[] export = new double[n];
        double[] floor = new double[n];
        double[] inProcess = new double[n];
        int pages = 0;
        long[] bytes = {0};
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            ReportRequest request = downloads.build(download);
            long t1 = System.nanoTime();
            JasperPrint print = engine.fill(request);
            long t2 = System.nanoTime();
            bytes[0] = 0;
            engine.export(print, request, new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            });
            long t3 = System.nanoTime();
            pages = print.getPages().size();
            build[i] = (t1 - t0) / 1e6;
            fill[i] = (t2 - t1) / 1e6;
            export[i] = (t3 - t2) / 1e6;
            floor[i] = (t3 - t1) / 1e6;
            inProcess[i] = (t3 - t0) / 1e6;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", id);
        body.put("repeat", n);
        body.put("pages", pages);
        body.put("bytes", bytes[0]);
        body.put("query", stats(build));
        body.put("fill", stats(fill));
        body.put("export", stats(export));
        body.put("floor", stats(floor));
        body.put("inProcess", stats(inProcess));
        return body;
    }

    /** p50, p95 and mean in milliseconds (nearest rank). */
    static Map<String, Double> stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("p50", round(rank(sorted, 0.50)));
        s.put("p95", round(rank(sorted, 0.95)));
        s.put("mean", round(Arrays.stream(sorted).average().orElse(0)));
        return s;
    }

    private static double rank(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
