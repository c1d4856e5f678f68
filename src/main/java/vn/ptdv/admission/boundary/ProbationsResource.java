package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.ProbationService;
import vn.ptdv.admission.control.ProbationStatus;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;

/**
 * {@code /ptdv/api/probations}: đảng viên dự bị of a subtree by status (đang dự bị, đến hạn, quá hạn, chi bộ đã xét,
 * đã công nhận, đã xóa tên) with the limit of the consideration in working days; counts per unit; the recording of
 * the cell's consideration and the committee's decision of one admission.
 */
@Path("probations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đảng viên dự bị")
public class ProbationsResource {

    @Inject
    ProbationService service;

    @GET
    @Operation(summary = "Danh sách đảng viên dự bị của một tổ chức và cấp dưới theo trạng thái (DUE đến hạn, OVERDUE "
            + "quá hạn, CONSIDERED chi bộ đã xét, RECOGNISED đã công nhận, REMOVED đã xóa tên, PROBATION đang dự bị), "
            + "lọc theo ngày hết dự bị")
    public ProbationView.PageView list(@QueryParam("org") String org, @QueryParam("status") @DefaultValue("DUE") String status,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("page") @DefaultValue("0") String page,
                                       @QueryParam("size") @DefaultValue("50") String size) {
        String code = requiredOrg(org);
        ProbationStatus s = Params.enumParam("status", status, ProbationStatus.class);
        LocalDate f = Params.optionalDate("from", from);
        LocalDate t = Params.optionalDate("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw ProblemException.badParameter("to", "Tham số to (" + t + ") không được trước from (" + f + ").");
        }
        int p = AdmissionsResource.intParam("page", page, 0, 1_000_000);
        int n = AdmissionsResource.intParam("size", size, 1, 500);
        LocalDate today = LocalDate.now();
        ProbationService.Page result = service.worklist(code, s, f, t, p, n, today);
        return new ProbationView.PageView(code, s.name(), today, result.total(), p, n,
                result.items().stream().map(ProbationView::of).toList());
    }

    @GET
    @Path("counts")
    @Operation(summary = "Số đảng viên dự bị đến hạn, quá hạn, đã xét, đã công nhận và xóa tên trong năm, của tổ chức "
            + "và từng đơn vị trực thuộc")
    public ProbationView.CountsView counts(@QueryParam("org") String org) {
        ProbationService.Counts c = service.counts(requiredOrg(org), LocalDate.now());
        return new ProbationView.CountsView(c.asOf(), c.year(), ProbationView.UnitCountsView.of(c.total()),
                c.units().stream().map(ProbationView.UnitCountsView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Thời hạn dự bị, hạn xét và kết quả xét công nhận của một hồ sơ kết nạp")
    public ProbationView one(@PathParam("id") String id) {
        return ProbationView.of(service.find(AdmissionsResource.idParam(id), LocalDate.now()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi nghị quyết chi bộ xét công nhận (ngày, số tán thành/số đảng viên chính thức, công văn giải "
            + "trình khi quá hạn) và quyết định của cấp ủy (số, ngày, công nhận chính thức hoặc xóa tên kèm lý do)")
    public ProbationView record(@PathParam("id") String id, ProbationRequest body) {
        if (body == null) {
            throw ProblemException.badParameter("body", "Thiếu nội dung yêu cầu (JSON).");
        }
        return ProbationView.of(service.record(AdmissionsResource.idParam(id), body.toInput(), LocalDate.now()));
    }

    private static String requiredOrg(String org) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức đảng) là bắt buộc.");
        }
        return org.strip();
    }
}
