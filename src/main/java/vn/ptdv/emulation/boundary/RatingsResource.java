package vn.ptdv.emulation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.emulation.boundary.EmulationRequests.RatingRequest;
import vn.ptdv.emulation.control.RatingService;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.RequestBodies;

/** Xếp loại chất lượng tổ chức đảng theo năm: {@code /ptdv/api/emulation/ratings/{code}/{year}}. */
@Path("emulation/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thi đua – khen thưởng")
public class RatingsResource {

    @Inject
    RatingService ratings;

    @Inject
    RequestBodies bodies;

    @Inject
    @ConfigProperty(name = PtdvConfig.MIN_YEAR, defaultValue = "2000")
    int minYear;

    @Inject
    @ConfigProperty(name = PtdvConfig.MAX_YEAR, defaultValue = "2100")
    int maxYear;

    @GET
    @Path("{code}/{year}")
    @Operation(summary = "Kết quả xếp loại chất lượng của một tổ chức trong một năm (rating null: chưa xếp loại)")
    public RatingView get(@PathParam("code") String code, @PathParam("year") String year) {
        return RatingView.of(ratings.rating(code, Params.year("year", year, minYear, maxYear)));
    }

    @PUT
    @Path("{code}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi hoặc sửa kết quả xếp loại chất lượng của một tổ chức trong một năm")
    public RatingView put(@PathParam("code") String code, @PathParam("year") String year, RatingRequest request) {
        int y = Params.year("year", year, minYear, maxYear);
        bodies.valid(request);
        return RatingView.of(ratings.rate(code, y, request.rating));
    }
}
