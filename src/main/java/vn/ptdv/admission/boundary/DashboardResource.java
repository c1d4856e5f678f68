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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.DashboardService;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;

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
    public DashboardView get(@QueryParam("org") String org, @QueryParam("year") String year) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        return DashboardView.of(dashboard.of(org.strip(), years.year("year", year), LocalDate.now(VIETNAM)));
    }

    @GET
    @Path("latest-year")
    @Operation(summary = "Năm mở trang: năm gần nhất (đến năm nay) có số liệu kết nạp hoặc chỉ tiêu trong phạm vi của người dùng")
    public LatestYearView latestYear(@QueryParam("org") String org) {
        String code = org == null || org.isBlank() ? null : org.strip();
        var y = dashboard.latestYear(code, LocalDate.now(VIETNAM));
        return new LatestYearView(y.organizationCode(), y.year(), y.hasData(), y.currentYear());
    }

    /** {@code GET /dashboard/latest-year}: the year the pages open on, whether it has data, and today's year. */
    @jakarta.json.bind.annotation.JsonbNillable
    @jakarta.json.bind.annotation.JsonbPropertyOrder({"organizationCode", "year", "hasData", "currentYear"})
    public record LatestYearView(String organizationCode, int year, boolean hasData, int currentYear) {
    }
}
