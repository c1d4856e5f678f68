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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.emulation.boundary.EmulationRequests.CouncilMeetingRequest;
import vn.ptdv.emulation.boundary.EmulationRequests.ReportSectionsRequest;
import vn.ptdv.emulation.boundary.EmulationRequests.ReviewRequest;
import vn.ptdv.emulation.control.AwardDossier;
import vn.ptdv.emulation.control.AwardDossierService;
import vn.ptdv.platform.rest.RequestBodies;

/**
 * Hồ sơ khen thưởng of a submitted proposal: {@code /ptdv/api/emulation/campaigns/{campaign}/dossier}. Each proposed
 * unit's báo cáo thành tích (written and submitted by the unit), its check by the campaign's issuer, and the council's
 * meeting with its votes; approving the proposal needs the meeting.
 */
@Path("emulation/campaigns/{campaign}/dossier")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Thi đua – khen thưởng")
public class AwardDossierResource {

    @Inject
    AwardDossierService dossier;

    @Inject
    RequestBodies bodies;

    @GET
    @Path("entries")
    @Operation(operationId = "listAwardEntries", summary = "Các đơn vị được đề nghị khen thưởng: báo cáo thành tích, thẩm định, biểu quyết")
    public List<AwardDossier.AwardEntry> entries(@PathParam("campaign") String campaign) {
        return dossier.entries(campaign);
    }

    @GET
    @Path("entries/{org}")
    @Operation(operationId = "getAwardEntry", summary = "Báo cáo thành tích của một đơn vị: số liệu PTDV và các phần đơn vị viết")
    public AwardDossier.AwardEntry entry(@PathParam("campaign") String campaign, @PathParam("org") String org) {
        return dossier.entry(campaign, org);
    }

    @PUT
    @Path("entries/{org}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeAchievementReport", summary = "Viết (sửa) báo cáo thành tích khi còn là dự thảo hoặc bị trả lại")
    public AwardDossier.AwardEntry write(@PathParam("campaign") String campaign, @PathParam("org") String org,
                                         ReportSectionsRequest request) {
        bodies.valid(request);
        return dossier.write(campaign, org, new AwardDossier.AwardReportSections(request.characteristics,
                request.achievements, request.measures));
    }

    @POST
    @Path("entries/{org}/report/submission")
    @Operation(operationId = "submitAchievementReport", summary = "Trình báo cáo thành tích (khóa đến khi thẩm định)")
    public AwardDossier.AwardEntry submit(@PathParam("campaign") String campaign, @PathParam("org") String org) {
        return dossier.submit(campaign, org);
    }

    @POST
    @Path("entries/{org}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewAchievementReport", summary = "Thẩm định: chấp nhận hoặc trả lại kèm lý do")
    public AwardDossier.AwardEntry review(@PathParam("campaign") String campaign, @PathParam("org") String org,
                                          ReviewRequest request) {
        bodies.valid(request);
        return dossier.review(campaign, org, request.accepted, request.reason);
    }

    @PUT
    @Path("council")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCouncilMeeting", summary = "Ghi biên bản họp Hội đồng Thi đua – Khen thưởng: thành viên, biểu quyết từng đơn vị")
    public AwardDossier.AwardCouncilMeeting council(@PathParam("campaign") String campaign, CouncilMeetingRequest request) {
        bodies.valid(request);
        List<AwardDossier.AwardCouncilMember> members = request.members == null ? List.of() : request.members.stream()
                .map(m -> m == null ? null : new AwardDossier.AwardCouncilMember(m.fullName, m.position, m.present)).toList();
        List<AwardDossier.AwardBallot> votes = request.votes == null ? List.of() : request.votes.stream()
                .map(v -> v == null ? null : new AwardDossier.AwardBallot(v.organizationCode, v.votesFor, v.votesAgainst,
                        v.abstaining, v.secretBallot)).toList();
        return dossier.recordMeeting(campaign, new AwardDossier.AwardNewMeeting(request.meetingDate, request.place,
                request.chair, request.secretary, members, votes));
    }

    @GET
    @Path("council")
    @Operation(operationId = "getCouncilMeeting", summary = "Biên bản họp Hội đồng Thi đua – Khen thưởng của đề nghị")
    public AwardDossier.AwardCouncilMeeting meeting(@PathParam("campaign") String campaign) {
        return dossier.meeting(campaign);
    }
}
