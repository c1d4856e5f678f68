package vn.ptdv.emulation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.emulation.api.EmulationRegistry.DisciplineRecord;
import vn.ptdv.emulation.boundary.EmulationRequests.DisciplineRequest;
import vn.ptdv.emulation.control.DisciplineService;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.RequestBodies;

/** Kỷ luật tổ chức đảng: {@code /ptdv/api/emulation/disciplines}. */
@Path("emulation/disciplines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thi đua – khen thưởng")
public class DisciplinesResource {

    @Inject
    DisciplineService disciplines;

    @Inject
    RequestBodies bodies;

    @Inject
    @ConfigProperty(name = PtdvConfig.MIN_YEAR, defaultValue = "2000")
    int minYear;

    @Inject
    @ConfigProperty(name = PtdvConfig.MAX_YEAR, defaultValue = "2100")
    int maxYear;

    @GET
    @Operation(summary = "Các quyết định kỷ luật tổ chức trong cây tổ chức org (year: chỉ năm đó)")
    public List<DisciplineView> list(@QueryParam("org") String org, @QueryParam("year") String year) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức đảng) là bắt buộc.");
        }
        return disciplines.disciplines(org, Params.optionalYear("year", year, minYear, maxYear)).stream()
                .map(DisciplineView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi một quyết định kỷ luật tổ chức đảng")
    public Response create(DisciplineRequest request) {
        bodies.valid(request);
        DisciplineView created = DisciplineView.of(disciplines.discipline(new DisciplineRecord(request.organizationCode, request.actionDate,
                request.form, request.decisionNumber, request.reason)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
