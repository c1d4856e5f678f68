package vn.ptdv.emulation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.boundary.EmulationRequests.CampaignRequest;
import vn.ptdv.emulation.boundary.EmulationRequests.DecisionRequest;
import vn.ptdv.emulation.control.CampaignService;
import vn.ptdv.emulation.control.EmulationService;
import vn.ptdv.emulation.control.EvaluationResult;
import vn.ptdv.platform.rest.RequestBodies;

/** Phong trào thi đua, bình xét and đề nghị khen thưởng: {@code /ptdv/api/emulation/campaigns}. */
@Path("emulation/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thi đua – khen thưởng")
public class CampaignsResource {

    @Inject
    CampaignService campaigns;

    @Inject
    EmulationService emulation;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Các phong trào thi đua trong phạm vi (org: chỉ những phong trào do tổ chức đó hoặc cấp dưới phát động)")
    public List<CampaignView> list(@QueryParam("org") String org) {
        return campaigns.list(org == null || org.isBlank() ? null : org).stream().map(d -> CampaignView.of(d, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo phong trào thi đua: hình thức khen thưởng (cao nhất trước), số lượng, tiêu chí là dữ liệu")
    public Response create(CampaignRequest request) {
        bodies.valid(request);
        CampaignDefinition created = campaigns.create(request.definition());
        return Response.created(uriInfo.getBaseUriBuilder().path("emulation/campaigns").path(created.code()).build())
                .entity(CampaignView.of(created, 1)).build();
    }

    @GET
    @Path("{campaign}")
    @Operation(summary = "Một phong trào thi đua theo mã")
    public CampaignView get(@PathParam("campaign") String campaign) {
        return CampaignView.of(campaigns.find(campaign), campaigns.version(campaign));
    }

    @PUT
    @Path("{campaign}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa phong trào thi đua (mã và cơ quan phát động giữ nguyên); phiên bản tăng thêm 1")
    public CampaignView update(@PathParam("campaign") String campaign, CampaignRequest request) {
        bodies.valid(request);
        CampaignDefinition d = campaigns.update(campaign, request.definition());
        return CampaignView.of(d, campaigns.version(campaign));
    }

    @POST
    @Path("{campaign}/evaluation")
    @Operation(summary = "Bình xét: đánh giá mọi tổ chức tham gia theo tiêu chí, xếp hạng, áp số lượng; lưu kết quả (bản nháp)")
    public EvaluationResult evaluate(@PathParam("campaign") String campaign) {
        return emulation.evaluate(campaign);
    }

    @GET
    @Path("{campaign}/evaluation")
    @Operation(summary = "Kết quả bình xét gần nhất, với phiên bản phong trào đã dùng và trạng thái đề nghị khen thưởng")
    public EvaluationResult evaluation(@PathParam("campaign") String campaign) {
        return emulation.evaluation(campaign);
    }

    @POST
    @Path("{campaign}/proposal/submission")
    @Operation(summary = "Trình đề nghị khen thưởng (bản nháp → đã trình)")
    public EvaluationResult submit(@PathParam("campaign") String campaign) {
        return emulation.submit(campaign);
    }

    @POST
    @Path("{campaign}/proposal/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quyết định khen thưởng: phê duyệt theo quyết định award-decision đã ban hành (lấy số, ngày của văn bản đó) hoặc từ chối đề nghị đã trình")
    public EvaluationResult decide(@PathParam("campaign") String campaign, DecisionRequest request) {
        bodies.valid(request);
        // approval takes the number and date of the issued award decision (EmulationService.decide)
        return emulation.decide(campaign, request.approved, request.decisionNumber, request.decisionDate, request.note);
    }
}
