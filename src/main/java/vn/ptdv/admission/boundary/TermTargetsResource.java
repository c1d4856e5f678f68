package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.boundary.TargetsResource.TargetRequest;
import vn.ptdv.admission.control.TermTargetService;
import vn.ptdv.admission.entity.TermTarget;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.rest.ProblemException;

/** Term targets (chỉ tiêu nhiệm kỳ): {@code /ptdv/api/organizations/{code}/term-targets/{from}-{to}}. */
@Path("organizations/{code}/term-targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chỉ tiêu kết nạp")
public class TermTargetsResource {

    @Inject
    TermTargetService termTargets;

    @Inject
    RequestBodies bodies;

    @Inject
    YearRange years;

    /** A term target on the wire. */
    public record TermTargetView(String organizationCode, int fromYear, int toYear, int admissions) {
        static TermTargetView of(TermTarget t) {
            return new TermTargetView(t.getOrganizationCode(), t.getFromYear(), t.getToYear(), t.getAdmissions());
        }
    }

    @PUT
    @Path("{term}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đăng ký chỉ tiêu nhiệm kỳ, ví dụ term = 2020-2025")
    public TermTargetView put(@PathParam("code") String code, @PathParam("term") String term,
                              TargetRequest request) {
        bodies.valid(request);
        int[] years = term(term);
        return TermTargetView.of(termTargets.putTermTarget(code, years[0], years[1], request.admissions));
    }

    @GET
    @Path("{term}")
    @Operation(summary = "Chỉ tiêu nhiệm kỳ, ví dụ term = 2020-2025")
    public TermTargetView get(@PathParam("code") String code, @PathParam("term") String term) {
        int[] years = term(term);
        return TermTargetView.of(termTargets.getTermTarget(code, years[0], years[1]));
    }

    private int[] term(String term) {
        String[] parts = term.split("-");
        if (parts.length != 2) {
            throw ProblemException.badParameter("term", "Nhiệm kỳ viết dạng NĂM-NĂM, ví dụ 2020-2025.");
        }
        return new int[] {years.year("term", parts[0]), years.year("term", parts[1])};
    }
}
