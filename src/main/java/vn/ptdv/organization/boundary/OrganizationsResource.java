package vn.ptdv.organization.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.boundary.OrganizationRequests.CloseRequest;
import vn.ptdv.organization.boundary.OrganizationRequests.CreateOrganizationRequest;
import vn.ptdv.organization.boundary.OrganizationRequests.MembershipRequest;
import vn.ptdv.organization.boundary.OrganizationRequests.ReparentRequest;
import vn.ptdv.organization.boundary.OrganizationRequests.TransitionRequest;
import vn.ptdv.organization.boundary.OrganizationRequests.UpdateOrganizationRequest;
import vn.ptdv.organization.control.MembershipService;
import vn.ptdv.organization.control.OrganizationRecordService;
import vn.ptdv.organization.control.OrganizationService;
import vn.ptdv.organization.control.OrganizationTransitionService;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.rest.ProblemException;

/** The party organisation tree: {@code /ptdv/api/organizations}. */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tổ chức đảng")
public class OrganizationsResource {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRecordService records;

    @Inject
    OrganizationTransitionService transitions;

    @Inject
    MembershipService memberships;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Tìm tổ chức theo tên (không phân biệt dấu, hoặc chính xác với exact=true)")
    public List<OrganizationView> search(@QueryParam("q") String q, @QueryParam("exact") @DefaultValue("false") boolean exact,
                                         @QueryParam("under") String under, @QueryParam("date") String date,
                                         @QueryParam("limit") @DefaultValue("50") int limit) {
        if (q == null) {
            throw ProblemException.badParameter("q", "Tham số q (từ khóa tìm kiếm) là bắt buộc.");
        }
        return organizations.search(q, exact, under, Params.optionalDate("date", date), Params.limit(limit, 500))
                .stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Một tổ chức theo mã (bản ghi còn hiệu lực vào ngày date, mặc định hôm nay)")
    public OrganizationView get(@PathParam("code") String code, @QueryParam("date") String date) {
        return OrganizationView.of(organizations.visible(code, Params.optionalDate("date", date)));
    }

    @GET
    @Path("{code}/children")
    @Operation(summary = "Các tổ chức trực thuộc còn hiệu lực vào ngày date (mặc định hôm nay)")
    public List<OrganizationView> children(@PathParam("code") String code, @QueryParam("date") String date) {
        return organizations.children(code, Params.dateOrToday("date", date)).stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("{code}/subtree")
    @Operation(summary = "Toàn bộ cây tổ chức dưới một tổ chức vào ngày date (mặc định hôm nay)")
    public List<OrganizationView> subtree(@PathParam("code") String code, @QueryParam("date") String date) {
        return organizations.visibleSubtree(code, Params.dateOrToday("date", date)).stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "Các bản ghi theo thời gian và quan hệ kế thừa (hợp nhất, chia tách, đổi tên, chuyển trực thuộc)")
    public OrganizationHistoryView history(@PathParam("code") String code) {
        return OrganizationHistoryView.of(organizations.history(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thành lập tổ chức đảng")
    public Response create(CreateOrganizationRequest request) {
        bodies.valid(request);
        OrganizationRef created = records.create(new NewOrganization(request.code, request.name, request.kind,
                request.parentCode, request.validFrom));
        return Response.created(uriInfo.getBaseUriBuilder().path("organizations").path(created.code()).build())
                .entity(OrganizationView.of(created)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa tên hoặc loại của bản ghi hiện hành (đính chính)")
    public OrganizationView update(@PathParam("code") String code,
                                   UpdateOrganizationRequest request) {
        bodies.valid(request);
        return OrganizationView.of(records.update(code, request.name, request.kind));
    }

    @POST
    @Path("{code}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kết thúc hoạt động (giải thể) tổ chức và các tổ chức trực thuộc còn hiệu lực")
    public OrganizationView close(@PathParam("code") String code, CloseRequest request) {
        bodies.valid(request);
        return OrganizationView.of(records.close(code, request.lastDay, request.reason));
    }

    @POST
    @Path("{code}/reparent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chuyển trực thuộc từ ngày hiệu lực, giữ mã, ghi quan hệ kế thừa")
    public OrganizationView reparent(@PathParam("code") String code, ReparentRequest request) {
        bodies.valid(request);
        return OrganizationView.of(transitions.reparent(code, request.newParentCode, request.effectiveDate, request.note));
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hợp nhất, chia tách hoặc đổi tên tổ chức từ ngày hiệu lực")
    public List<OrganizationView> transition(TransitionRequest request) {
        bodies.valid(request);
        return transitions.transition(request.type, request.effectiveDate, request.predecessors,
                        request.successors.stream().map(s -> new NewOrganization(s.code, s.name, s.kind, s.parentCode, null)).toList(),
                        request.note)
                .stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("{code}/membership")
    @Operation(summary = "Số đảng viên của tổ chức và của cả cây tổ chức vào ngày date")
    public MembershipView membership(@PathParam("code") String code, @QueryParam("date") String date) {
        return MembershipView.of(memberships.figures(code, Params.dateOrToday("date", date)));
    }

    @PUT
    @Path("{code}/membership/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi số đảng viên của chính tổ chức vào một ngày")
    public MembershipFigures recordMembership(@PathParam("code") String code, @PathParam("date") String date,
                                              MembershipRequest r) {
        bodies.valid(r);
        return memberships.record(code, Params.requiredDate("date", date), r.total, r.women, r.minorities, r.probationary);
    }
}
