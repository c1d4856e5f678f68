package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.DashboardService;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.shared.VietnameseFormat;

/** The home page figures of the web pages: {@code /ptdv/api/dashboard?org=&year=}. */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kết nạp đảng viên")
public class DashboardResource {

    /** Probation end dates are calendar dates in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DashboardService dashboard;

    @Inject
    YearRange years;

    @GET
    @Operation(summary = "Trang chủ: chỉ tiêu, số đã kết nạp, tỷ lệ; dự bị sắp hết hạn trong 30 ngày; đơn vị chưa đăng ký chỉ tiêu")
    public Map<String, Object> get(@QueryParam("org") String org, @QueryParam("year") String year) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        DashboardService.Dashboard d = dashboard.of(org.strip(), years.year("year", year), LocalDate.now(VIETNAM));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationCode", d.grid().organization().code());
        body.put("organizationName", d.grid().organization().name());
        body.put("year", d.grid().year());
        body.put("target", d.grid().target());
        body.put("admitted", d.admitted());
        body.put("ratio", d.grid().target() == null ? null : VietnameseFormat.percent(d.admitted(), d.grid().target()));
        Map<String, Object> probations = new LinkedHashMap<>();
        probations.put("from", d.probationFrom().toString());
        probations.put("to", d.probationTo().toString());
        probations.put("count", d.probationsEndingCount());
        probations.put("items", d.probationsEnding().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.getId());
            m.put("fullName", a.getFullName());
            m.put("organizationCode", a.getOrganizationCode());
            m.put("probationEndDate", a.getProbationEnd().toString());
            return m;
        }).toList());
        body.put("probationsEnding", probations);
        body.put("unitsWithoutTarget", d.unitsWithoutTarget().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organizationCode", r.organization().code());
            m.put("organizationName", r.organization().name());
            return m;
        }).toList());
        return body;
    }
}
