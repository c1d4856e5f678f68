package vn.ptdv.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.control.GuideService;
import vn.ptdv.training.entity.Guide;

/** Course guides (hướng dẫn): {@code /ptdv/api/training/guides}. */
@Path("training/guides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bồi dưỡng: hướng dẫn")
public class GuidesResource {

    @Inject
    GuideService guides;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Danh sách hướng dẫn (lọc theo số, ví dụ ?number=146-HD/BTGTU, hoặc loại lớp)")
    public List<TrainingViews.GuideSummary> list(@QueryParam("number") String number,
                                                 @QueryParam("courseType") String courseType) {
        return guides.guides(number == null || number.isBlank() ? null : number,
                Ids.enumParam("courseType", courseType, CourseType.class)).stream().map(TrainingViews.GuideSummary::of).toList();
    }

    @GET
    @Path("{guideId}")
    @Operation(summary = "Một hướng dẫn với chương trình, đánh giá, quy định cấp giấy chứng nhận và hướng dẫn thay thế")
    public TrainingViews.GuideView get(@PathParam("guideId") String id) {
        return view(guides.guide(Ids.id(id, "hướng dẫn")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ban hành một hướng dẫn (có thể thay thế một hướng dẫn trước)")
    public Response create(TrainingRequests.GuideRequest request) {
        bodies.valid(request);
        Guide g = guides.create(request.toNew());
        return Response.created(uriInfo.getBaseUriBuilder().path("training/guides").path(g.getId().toString()).build())
                .entity(view(g)).build();
    }

    @POST
    @Path("{guideId}/supersession")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hướng dẫn này được thay thế bởi một hướng dẫn khác (vẫn đọc được, có liên kết tới hướng dẫn mới)")
    public TrainingViews.GuideView supersede(@PathParam("guideId") String id, TrainingRequests.SupersedeRequest request) {
        bodies.valid(request);
        return view(guides.supersede(Ids.id(id, "hướng dẫn"), request.successorNumber));
    }

    private TrainingViews.GuideView view(Guide g) {
        Guide successor = g.getSupersededById() == null ? null : guides.guide(g.getSupersededById());
        return TrainingViews.GuideView.of(g, successor, guides.predecessor(g).orElse(null));
    }
}
