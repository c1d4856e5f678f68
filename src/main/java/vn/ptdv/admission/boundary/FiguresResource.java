package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.FigureDelta;
import vn.ptdv.admission.control.FigureVerification;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * Kiểm tra số liệu (system administrators): {@code GET /ptdv/api/admin/figures/verification?org=CODE} recounts the
 * maintained figures of every record of the code from the admission rows and lists each difference (its key, the
 * recount and the maintained counters). Nothing is repaired.
 */
@Path("admin/figures")
@RequestScoped
@Tag(name = "Quản trị hệ thống")
public class FiguresResource {

    @Inject
    FigureVerification verification;

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kiểm tra số liệu tổng hợp so với hồ sơ kết nạp (quản trị hệ thống)")
    public Map<String, Object> verify(@QueryParam("org") String org) {
        if (org == null || org.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần chọn tổ chức đảng để kiểm tra.",
                    Map.of("org", "Mã tổ chức là bắt buộc."));
        }
        FigureVerification.Result r = verification.verify(org);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("org", r.org());
        body.put("keys", r.keys());
        body.put("differences", r.differenceCount());
        body.put("items", r.differences().stream().map(FiguresResource::item).toList());
        return body;
    }

    private static Map<String, Object> item(FigureVerification.Difference d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", d.key().prefix());
        m.put("ownRecord", d.key().exact());
        m.put("month", String.format("%02d/%d", d.key().month() % 100, d.key().month() / 100));
        m.put("generalEducation", d.key().generalEducation());
        m.put("professionalQualification", d.key().professionalQualification());
        m.put("politicalTheory", d.key().politicalTheory());
        m.put("expected", counters(d.expected()));
        m.put("maintained", counters(d.maintained()));
        return m;
    }

    private static Map<String, Long> counters(long[] v) {
        Map<String, Long> m = new LinkedHashMap<>();
        List<String> names = List.of(FigureDelta.COUNTERS);
        for (int i = 0; i < v.length; i++) {
            m.put(names.get(i), v[i]);
        }
        return m;
    }
}
