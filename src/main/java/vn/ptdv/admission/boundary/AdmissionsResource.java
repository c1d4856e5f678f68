package vn.ptdv.admission.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.api.WarningCode;
import vn.ptdv.admission.control.AdmissionFilter;
import vn.ptdv.admission.control.AdmissionService;
import vn.ptdv.admission.control.ProgressService;
import vn.ptdv.admission.control.AdmissionWarningService;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.shared.Ethnicities;

/** Admission records: {@code /ptdv/api/admissions}. */
@Path("admissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kết nạp đảng viên")
public class AdmissionsResource {

    @Inject
    AdmissionService admissions;

    @Inject
    AdmissionWarningService warnings;

    @Inject
    ProgressService progress;

    @Inject
    RequestBodies bodies;

    @Inject
    YearRange years;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi nhận một đảng viên được kết nạp")
    @APIResponse(responseCode = "201", description = "Hồ sơ kết nạp đã ghi nhận (địa chỉ của nó trong tiêu đề Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AdmissionView")))
    public Response create(AdmissionRequest request) {
        bodies.valid(request);
        Admission a = admissions.create(request.toNew());
        return Response.created(uriInfo.getBaseUriBuilder().path("admissions").path(a.getId().toString()).build())
                .entity(AdmissionView.of(a)).build();
    }

    @GET
    @vn.ptdv.platform.audit.AuditedRead("ADMISSION_LIST")
    @Operation(summary = "Danh sách kết nạp trong cây tổ chức, có lọc và phân trang")
    public AdmissionPageView list(@QueryParam("org") String org, @QueryParam("year") String year,
                                    @QueryParam("gender") String gender, @QueryParam("ethnicityCode") String ethnicityCode,
                                    @QueryParam("minority") String minority, @QueryParam("occupation") String occupation,
                                    @QueryParam("generalEducation") String generalEducation,
                                    @QueryParam("professionalQualification") String qualification,
                                    @QueryParam("name") String name, @QueryParam("status") String status,
                                    @QueryParam("warning") String warning,
                                    @QueryParam("page") @DefaultValue("0") String page,
                                    @QueryParam("size") @DefaultValue("50") String size) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        String eth = ethnicityCode == null ? null
                : Ethnicities.find(ethnicityCode).orElseThrow(() -> ProblemException.badParameter("ethnicityCode",
                        "Mã dân tộc '" + ethnicityCode + "' không có trong danh mục."));
        AdmissionFilter filter = new AdmissionFilter(org.strip(), years.optionalYear("year", year),
                enumParam("gender", gender, Gender.class), eth, boolParam("minority", minority),
                enumParam("occupation", occupation, Occupation.class),
                enumParam("generalEducation", generalEducation, GeneralEducation.class),
                enumParam("professionalQualification", qualification, ProfessionalQualification.class),
                name == null || name.isBlank() ? null : name, enumParam("status", status, AdmissionStatus.class),
                warningParam(warning));
        int p = intParam("page", page, 0, 1_000_000);
        int s = intParam("size", size, 1, 500);
        return AdmissionPageView.of(admissions.list(filter, p, s));
    }

    @GET
    @Path("warnings")
    @Operation(summary = "Số hồ sơ kết nạp có cảnh báo (theo mã cảnh báo) của tổ chức và từng đơn vị trực thuộc")
    public WarningCountsView warnings(@QueryParam("org") String org, @QueryParam("year") String year) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        return WarningCountsView.of(warnings.warningCounts(org.strip(), years.optionalYear("year", year)));
    }

    @GET
    @Path("progress")
    @Operation(summary = "Kết quả phát triển đảng viên theo kỳ (quý I, 6 tháng, 9 tháng, năm hoặc đến ngày) so với chỉ tiêu "
            + "năm và cùng kỳ năm trước (theo các tổ chức tiền thân sau sắp xếp), tỷ lệ so với số đảng viên cuối năm trước, "
            + "đơn vị chưa kết nạp và đơn vị dưới ngưỡng chỉ tiêu")
    public ProgressView progress(@QueryParam("org") String org, @QueryParam("year") String year,
                                 @QueryParam("period") String period, @QueryParam("toDate") String toDate,
                                 @QueryParam("threshold") String threshold) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        return ProgressView.of(progress.progress(org.strip(), years.year("year", year), period, toDate, threshold));
    }

    private static AdmissionFilter.WarningFilter warningParam(String warning) {
        if (warning == null || warning.isBlank()) {
            return null;
        }
        if ("any".equalsIgnoreCase(warning.strip())) {
            return new AdmissionFilter.WarningFilter(null);
        }
        return new AdmissionFilter.WarningFilter(enumParam("warning", warning, WarningCode.class));
    }

    @GET
    @Path("{id}")
    @vn.ptdv.platform.audit.AuditedRead("ADMISSION_RECORD")
    @Operation(summary = "Một hồ sơ kết nạp")
    public AdmissionView get(@PathParam("id") String id) {
        return AdmissionView.of(admissions.find(idParam(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đính chính hồ sơ kết nạp (cần lý do; lịch sử được giữ)")
    public AdmissionView correct(@PathParam("id") String id, AdmissionRequest request) {
        bodies.valid(request);
        return AdmissionView.of(admissions.correct(idParam(id), request.toNew(), request.reason, request.version));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rút hồ sơ kết nạp (cần lý do; hồ sơ được giữ nhưng không tính vào số liệu)")
    public AdmissionView withdraw(@PathParam("id") String id, Map<String, String> body) {
        bodies.valid(body);
        return AdmissionView.of(admissions.withdraw(idParam(id), body.get("reason")));
    }

    @GET
    @Path("{id}/history")
    @vn.ptdv.platform.audit.AuditedRead("ADMISSION_HISTORY")
    @Operation(summary = "Lịch sử của hồ sơ kết nạp")
    public List<AdmissionEventView> history(@PathParam("id") String id) {
        return admissions.history(idParam(id)).stream().map(AdmissionEventView::of).toList();
    }

    static long idParam(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Không tìm thấy hồ sơ kết nạp '" + id + "'.");
        }
    }

    static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        return Params.enumParam(name, value, type);
    }

    static Boolean boolParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name, "Tham số " + name + " phải là true hoặc false.");
        };
    }

    static int intParam(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw ProblemException.badParameter(name, "Tham số " + name + " phải từ " + min + " đến " + max + ".");
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "Tham số " + name + " phải là số nguyên.");
        }
    }
}
