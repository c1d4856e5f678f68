package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.CandidateService;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.admission.entity.DossierStep;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;

/**
 * {@code /ptdv/api/candidates}: quần chúng ưu tú of a subtree, from the pool (cảm tình Đảng) through the awareness
 * course and the dossier (1-KNĐ … 8-KNĐ) to the admission, or stopped.
 */
@Path("candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quần chúng ưu tú")
public class CandidatesResource {

    @Inject
    CandidateService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Danh sách quần chúng của một tổ chức và cấp dưới theo trạng thái (POOL cảm tình Đảng, AWARENESS "
            + "đã học lớp nhận thức, DOSSIER đang làm hồ sơ, ADMITTED đã kết nạp, STOPPED dừng), tìm theo tên không dấu")
    public CandidateView.PageView list(@QueryParam("org") String org, @QueryParam("state") String state,
                                       @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") String page,
                                       @QueryParam("size") @DefaultValue("50") String size) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức đảng) là bắt buộc.");
        }
        CandidateState s = Params.enumParam("state", state, CandidateState.class);
        int p = AdmissionsResource.intParam("page", page, 0, 1_000_000);
        int n = AdmissionsResource.intParam("size", size, 1, 500);
        CandidateService.Page result = service.list(org.strip(), s, q, p, n);
        Map<String, Long> counts = new LinkedHashMap<>();
        result.counts().forEach((k, v) -> counts.put(k.name(), v));
        return new CandidateView.PageView(org.strip(), s == null ? null : s.name(), result.total(), p, n, counts,
                result.items().stream().map(c -> CandidateView.of(c, null)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đưa một quần chúng vào danh sách cảm tình Đảng của chi bộ")
    public Response create(CandidateRequests.NewCandidate body) {
        Candidate c = service.create(required(body).toNew());
        return Response.created(uriInfo.getBaseUriBuilder().path("candidates").path(c.getId().toString()).build())
                .entity(CandidateView.of(c, null)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một quần chúng: trạng thái, các bước hồ sơ và bước tiếp theo")
    public CandidateView one(@PathParam("id") String id) {
        return CandidateView.of(service.find(AdmissionsResource.idParam(id)), null);
    }

    @POST
    @Path("{id}/awareness")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (hoặc lý do chưa có)")
    public CandidateView awareness(@PathParam("id") String id, CandidateRequests.Awareness body) {
        CandidateRequests.Awareness b = required(body);
        return CandidateView.of(service.awareness(AdmissionsResource.idParam(id), b.certificateNumber, b.overrideReason), null);
    }

    @PUT
    @Path("{id}/dossier/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi ngày của một bước hồ sơ kết nạp theo thứ tự (APPLICATION 1-KNĐ, BACKGROUND 2-KNĐ, "
            + "VERIFICATION, INTRODUCTION 3/4-KNĐ, MASS_OPINION 5-KNĐ, CELL_RESOLUTION 6-KNĐ với số tán thành, "
            + "COMMITTEE_RESOLUTION 8-KNĐ)")
    public CandidateView step(@PathParam("id") String id, @PathParam("step") String step, CandidateRequests.Step body) {
        DossierStep s = Params.enumParam("step", step, DossierStep.class);
        CandidateRequests.Step b = required(body);
        return CandidateView.of(service.step(AdmissionsResource.idParam(id), s, b.date, b.votesFor, b.officialMembers), null);
    }

    @POST
    @Path("{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Làm lại hồ sơ (quá 12 tháng kể từ ngày làm đơn): xóa các bước, giữ lịch sử")
    public CandidateView renew(@PathParam("id") String id, CandidateRequests.Reason body) {
        return CandidateView.of(service.renew(AdmissionsResource.idParam(id), required(body).reason), null);
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dừng bồi dưỡng, xem xét kết nạp một quần chúng (cần lý do)")
    public CandidateView stop(@PathParam("id") String id, CandidateRequests.Reason body) {
        CandidateRequests.Reason b = required(body);
        return CandidateView.of(service.stop(AdmissionsResource.idParam(id), b.date, b.reason), null);
    }

    @POST
    @Path("{id}/admission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kết nạp quần chúng có hồ sơ đủ: ghi hồ sơ kết nạp từ thông tin của quần chúng")
    public CandidateView admit(@PathParam("id") String id, CandidateRequests.Admit body) {
        CandidateService.Result r = service.admit(AdmissionsResource.idParam(id), required(body).toAdmit());
        return CandidateView.of(r.candidate(), r.warning());
    }

    @GET
    @Path("counts")
    @Operation(summary = "Số quần chúng theo trạng thái của tổ chức và cấp dưới")
    public Map<String, Long> counts(@QueryParam("org") String org) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức đảng) là bắt buộc.");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        service.counts(org.strip()).forEach((k, v) -> counts.put(k.name(), v));
        return counts;
    }

    @GET
    @Path("units")
    @Operation(summary = "Số quần chúng theo chi bộ và trạng thái, trong tổ chức và cấp dưới")
    public java.util.List<CandidateView.UnitView> units(@QueryParam("org") String org) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức đảng) là bắt buộc.");
        }
        return service.units(org.strip()).stream().map(u -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            u.counts().forEach((k, v) -> counts.put(k.name(), v));
            return new CandidateView.UnitView(u.code(), u.name(), counts,
                    u.counts().values().stream().mapToLong(Long::longValue).sum());
        }).toList();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badParameter("body", "Thiếu nội dung yêu cầu (JSON).");
        }
        return body;
    }
}
