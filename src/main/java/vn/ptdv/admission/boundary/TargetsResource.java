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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.TargetService;
import vn.ptdv.admission.entity.AdmissionTarget;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.RequestBodies;

/** Registered yearly targets: {@code /ptdv/api/organizations/{code}/targets}. */
@Path("organizations/{code}/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chỉ tiêu kết nạp")
public class TargetsResource {

    @Inject
    TargetService targets;

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
        TargetService.TargetResult r = targets.putTarget(code, years.year("year", year),
                request.admissions, request.note);
        return Response.status(r.created() ? Response.Status.CREATED : Response.Status.OK).entity(TargetView.of(r.target())).build();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Chỉ tiêu kết nạp đã đăng ký của một năm")
    public TargetView get(@PathParam("code") String code, @PathParam("year") String year) {
        return TargetView.of(targets.getTarget(code, years.year("year", year)));
    }

    @GET
    @Path("{year}/history")
    @Operation(summary = "Lịch sử đăng ký và điều chỉnh chỉ tiêu")
    public List<TargetEventView> history(@PathParam("code") String code, @PathParam("year") String year) {
        return targets.targetHistory(code, years.year("year", year)).stream().map(TargetEventView::of).toList();
    }

    @GET
    @Operation(summary = "Chỉ tiêu của tổ chức và các tổ chức trực thuộc trong một năm")
    public TargetGridView grid(@PathParam("code") String code, @QueryParam("year") String year) {
        return TargetGridView.of(targets.targetGrid(code, years.year("year", year)));
    }
}
