package vn.ptdv.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.imports.Spreadsheets;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.control.CertificateService;
import vn.ptdv.training.control.ClassService;
import vn.ptdv.training.control.EnrolmentService;
import vn.ptdv.training.control.ResultService;
import vn.ptdv.training.entity.TrainingClass;

/** Classes (lớp bồi dưỡng) with sessions, learners, attendance, results and certificates: {@code /ptdv/api/training/classes}. */
@Path("training/classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bồi dưỡng: lớp học")
public class ClassesResource {

    @Inject
    ClassService classes;

    @Inject
    EnrolmentService enrolment;

    @Inject
    ResultService results;

    @Inject
    CertificateService certificates;

    @Inject
    RequestBodies bodies;

    @Inject
    YearRange years;

    @Inject
    AuditLog audit;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Các lớp trong cây tổ chức (lọc theo năm, loại lớp), với số học viên, đạt, được cấp giấy chứng nhận")
    public List<TrainingViews.ClassView> list(@QueryParam("org") String org, @QueryParam("year") String year,
                                              @QueryParam("courseType") String courseType) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        return classes.classes(org.strip(), years.optionalYear("year", year),
                Ids.enumParam("courseType", courseType, CourseType.class)).stream().map(TrainingViews.ClassView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mở một lớp bồi dưỡng theo một hướng dẫn")
    public Response create(TrainingRequests.ClassRequest request) {
        bodies.valid(request);
        TrainingClass c = classes.create(request.toNew());
        return Response.created(uriInfo.getBaseUriBuilder().path("training/classes").path(c.getId().toString()).build())
                .entity(view(c.getId())).build();
    }

    @GET
    @Path("{classId}")
    @Operation(summary = "Một lớp với các buổi học và số liệu (không có tên học viên)")
    public TrainingViews.ClassDetailView get(@PathParam("classId") String id) {
        long classId = Ids.id(id, "lớp");
        TrainingViews.ClassView view = view(classId);
        return new TrainingViews.ClassDetailView(view, classes.sessions(classId).stream().map(TrainingViews.SessionView::of).toList());
    }

    @GET
    @Path("{classId}/learners")
    @vn.ptdv.platform.audit.AuditedRead("TRAINING_LEARNERS")
    @Operation(summary = "Danh sách học viên của lớp với điểm danh, kết quả và giấy chứng nhận")
    public List<TrainingViews.LearnerView> learners(@PathParam("classId") String id) {
        return enrolment.learners(Ids.id(id, "lớp")).stream()
                .map(r -> TrainingViews.LearnerView.of(r.learner(), r.absentSessionIds())).toList();
    }

    @GET
    @Path("{classId}/results.xlsx")
    @Produces(Spreadsheets.XLSX)
    @Operation(summary = "Xuất danh sách học viên của lớp với điểm danh và kết quả ra Excel (cùng cột với mẫu nhập kết quả, nhập lại được nguyên trạng)",
            description = "Danh sách ghi tên người: cần quyền READ_TRAINING, lớp trong phạm vi của người dùng; mỗi lần tải "
                    + "được ghi nhật ký.")
    public Response exportResults(@PathParam("classId") String id) {
        long classId = Ids.id(id, "lớp");
        List<EnrolmentService.LearnerRow> learners = enrolment.learners(classId);
        Map<Long, LocalDate> sessionDates = new HashMap<>();
        classes.sessions(classId).forEach(s -> sessionDates.put(s.getId(), s.getSessionDate()));
        List<Map<String, Object>> rows = learners.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("classId", classId);
            m.put("learnerId", r.learner().getId());
            m.put("fullName", r.learner().getFullName());
            m.put("birthDate", r.learner().getBirthDate());
            m.put("unit", r.learner().getNominatingOrgName());
            m.put("absentOn", String.join("; ", r.absentSessionIds().stream().map(sessionDates::get).sorted().distinct()
                    .map(VietnameseFormat::date).toList()));
            m.put("score", r.learner().getScore());
            m.put("grade", r.learner().getGrade() == null ? null : r.learner().getGrade().label());
            return m;
        }).toList();
        audit.download("class-results.xlsx", "class=" + classId, null, "OK");
        StreamingOutput out = o -> Spreadsheets.export(ClassResultsImport.COLUMNS, rows.iterator(), o);
        return Response.ok(out, Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"ket-qua-lop-" + classId + ".xlsx\"").build();
    }

    @POST
    @Path("{classId}/learners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi danh học viên (quần chúng ưu tú, hoặc đảng viên dự bị theo mã hồ sơ kết nạp)")
    public Response addLearners(@PathParam("classId") String id, TrainingRequests.LearnersRequest request) {
        bodies.valid(request);
        long classId = Ids.id(id, "lớp");
        List<TrainingViews.LearnerView> made = enrolment.enrol(classId, request.toNew()).stream()
                .map(l -> TrainingViews.LearnerView.of(l, List.of())).toList();
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @GET
    @Path("{classId}/pool")
    @Operation(summary = "Quần chúng cảm tình Đảng thuộc cấp ủy tổ chức lớp đang chờ học lớp bồi dưỡng nhận thức về Đảng")
    public List<TrainingViews.PoolView> pool(@PathParam("classId") String id) {
        return enrolment.waiting(Ids.id(id, "lớp")).stream().map(p -> new TrainingViews.PoolView(p.id(), p.fullName(),
                p.birthDate(), p.gender(), p.organizationCode(), p.attending())).toList();
    }

    @POST
    @Path("{classId}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi danh quần chúng từ danh sách cảm tình Đảng vào lớp bồi dưỡng nhận thức về Đảng; giấy chứng "
            + "nhận cấp sau đó được ghi vào hồ sơ của quần chúng")
    public Response addCandidates(@PathParam("classId") String id, TrainingRequests.CandidatesRequest request) {
        bodies.valid(request);
        List<TrainingViews.LearnerView> made = enrolment.enrolCandidates(Ids.id(id, "lớp"), request.candidateIds).stream()
                .map(l -> TrainingViews.LearnerView.of(l, List.of())).toList();
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @DELETE
    @Path("{classId}/learners/{learnerId}")
    @Operation(summary = "Xóa học viên khỏi lớp (khi chưa được cấp giấy chứng nhận)")
    public Response removeLearner(@PathParam("classId") String id, @PathParam("learnerId") String learnerId) {
        enrolment.remove(Ids.id(id, "lớp"), Ids.id(learnerId, "học viên"));
        return Response.noContent().build();
    }

    @POST
    @Path("{classId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thêm buổi học (ngày trong thời gian của lớp, chuyên đề của hướng dẫn)")
    public Response addSessions(@PathParam("classId") String id, TrainingRequests.SessionsRequest request) {
        bodies.valid(request);
        List<TrainingViews.SessionView> made = classes.addSessions(Ids.id(id, "lớp"),
                TrainingRequests.sessions(request.sessions)).stream().map(TrainingViews.SessionView::of).toList();
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @PUT
    @Path("{classId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Điểm danh: toàn bộ các lượt vắng của lớp (học viên có mặt nếu không ghi vắng)")
    public TrainingViews.AttendanceView attendance(@PathParam("classId") String id, TrainingRequests.AttendanceRequest request) {
        bodies.valid(request);
        List<ResultService.Absent> absences = request.absences.stream().map(a -> {
            if (a == null || a.learnerId == null || a.sessionId == null) {
                throw new ProblemException(ProblemType.VALIDATION, "Mỗi lượt vắng cần learnerId và sessionId.",
                        Map.of("absences", "Mỗi lượt vắng cần learnerId và sessionId."));
            }
            return new ResultService.Absent(a.learnerId, a.sessionId);
        }).toList();
        return new TrainingViews.AttendanceView(results.recordAttendance(Ids.id(id, "lớp"), absences));
    }

    @PUT
    @Path("{classId}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi kết quả (điểm 0–10, xếp loại Giỏi/Khá/Trung bình/Không đạt) và ngày vắng của nhiều học viên")
    public TrainingViews.ResultsView results(@PathParam("classId") String id, TrainingRequests.ResultsRequest request) {
        bodies.valid(request);
        return new TrainingViews.ResultsView(results.recordResults(Ids.id(id, "lớp"), request.toNew()));
    }

    @POST
    @Path("{classId}/certificates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cấp giấy chứng nhận cho học viên đạt yêu cầu (số theo danh sách hoặc theo tiền tố)")
    public Response certificates(@PathParam("classId") String id, TrainingRequests.CertificatesRequest request) {
        bodies.valid(request);
        List<TrainingViews.LearnerView> done = certificates.issue(Ids.id(id, "lớp"), request.issuedOn,
                request.numbers(), request.numberPrefix).stream().map(l -> TrainingViews.LearnerView.of(l, List.of())).toList();
        return Response.status(Response.Status.CREATED).entity(done).build();
    }

    @POST
    @Path("{classId}/closure")
    @Operation(summary = "Bế giảng lớp (không được khi lớp chưa có học viên)")
    public TrainingViews.ClassView close(@PathParam("classId") String id) {
        long classId = Ids.id(id, "lớp");
        classes.close(classId);
        return view(classId);
    }

    private TrainingViews.ClassView view(long classId) {
        return TrainingViews.ClassView.of(classes.summary(classId));
    }
}
