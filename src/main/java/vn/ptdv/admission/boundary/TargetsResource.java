package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.AdmissionService;
import vn.ptdv.admission.entity.AdmissionTarget;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.rest.ProblemException;

/** Registered yearly targets: {@code /ptdv/api/organizations/{code}/targets}. */
@Path("organizations/{code}/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chỉ tiêu kết nạp")
public class TargetsResource {

    @Inject
    AdmissionService admissions;

    @Inject
    RequestBodies bodies;

    @Inject
    YearRange years;

    /** Body of a target registration. */
    public static final class TargetRequest {
        @NotNull(message = "Số chỉ tiêu kết nạp (admissions) là bắt buộc.")
        public Integer admissions;
        @jakarta.validation.constraints.Size(max = 500, message = "Ghi chú dài tối đa 500 ký tự.")
        public String note;
    }

    /** A target on the wire. */
    @JsonbNillable
    public record TargetView(String organizationCode, int year, int admissions, String status, Instant registeredAt, Instant updatedAt) {
        static TargetView of(AdmissionTarget t) {
            return new TargetView(t.getOrganizationCode(), t.getYear(), t.getAdmissions(), t.getStatus().name(),
                    t.getRegisteredAt(), t.getUpdatedAt());
        }
    }


    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đăng ký hoặc điều chỉnh chỉ tiêu kết nạp của một năm")
    public Response put(@PathParam("code") String code, @PathParam("year") String year,
                        TargetRequest request) {
        bodies.valid(request);
        AdmissionService.TargetResult r = admissions.putTarget(code, years.year("year", year),
                request.admissions, request.note);
        return Response.status(r.created() ? Response.Status.CREATED : Response.Status.OK).entity(TargetView.of(r.target())).build();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Chỉ tiêu kết nạp đã đăng ký của một năm")
    public TargetView get(@PathParam("code") String code, @PathParam("year") String year) {
        return TargetView.of(admissions.getTarget(code, years.year("year", year)));
    }

    @GET
    @Path("{year}/history")
    @Operation(summary = "Lịch sử đăng ký và điều chỉnh chỉ tiêu")
    public List<Map<String, Object>> history(@PathParam("code") String code, @PathParam("year") String year) {
        AdmissionTarget t = admissions.getTarget(code, years.year("year", year));
        return admissions.targetHistory(t).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.getType());
            m.put("admissions", e.getAdmissions());
            m.put("occurredAt", e.getOccurredAt().toString());
            m.put("note", e.getNote());
            return m;
        }).toList();
    }

    @GET
    @Operation(summary = "Chỉ tiêu của tổ chức và các tổ chức trực thuộc trong một năm")
    public Map<String, Object> grid(@PathParam("code") String code, @QueryParam("year") String year) {
        AdmissionService.TargetGrid grid = admissions.targetGrid(code, years.year("year", year));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationCode", grid.organization().code());
        body.put("organizationName", grid.organization().name());
        body.put("year", grid.year());
        body.put("admissions", grid.target());
        body.put("children", grid.children().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organizationCode", r.organization().code());
            m.put("organizationName", r.organization().name());
            m.put("kind", r.organization().kind().name());
            m.put("admissions", r.target());
            return m;
        }).toList());
        return body;
    }
}
