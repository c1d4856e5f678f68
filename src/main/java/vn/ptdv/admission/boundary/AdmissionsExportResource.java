package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.AdmissionFilter;
import vn.ptdv.admission.control.AdmissionService;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.imports.Spreadsheets;
import vn.ptdv.platform.rest.ProblemException;

/** {@code GET /ptdv/api/admissions.xlsx?org=&year=}: the admission list with the columns of the import template. */
@Path("admissions.xlsx")
@RequestScoped
@Tag(name = "Kết nạp đảng viên")
public class AdmissionsExportResource {

    @Inject
    AdmissionService admissions;

    @Inject
    YearRange years;

    @Inject
    AuditLog audit;

    @GET
    @Produces(Spreadsheets.XLSX)
    @Operation(summary = "Xuất danh sách kết nạp ra Excel (cùng cột với mẫu nhập, nhập lại được nguyên trạng)",
            description = "Danh sách ghi tên người: cần quyền READ_ADMISSIONS và DOWNLOAD_NAMED_LISTS, trong phạm vi của "
                    + "người dùng; mỗi lần tải được ghi nhật ký.")
    public Response export(@QueryParam("org") String org, @QueryParam("year") String year) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        Integer y = years.optionalYear("year", year);
        List<Map<String, Object>> rows = admissions.export(new AdmissionFilter(org.strip(), y, null, null, null, null,
                null, null, null, null)).stream().map(AdmissionSheet::write).toList();
        audit.download("admissions.xlsx", "org=" + org.strip() + (y == null ? "" : "&year=" + y), null, "OK");
        StreamingOutput out = o -> Spreadsheets.export(AdmissionSheet.COLUMNS, rows.iterator(), o);
        return Response.ok(out, Spreadsheets.XLSX).header("Content-Disposition", "attachment; filename=\"ket-nap-"
                + org.strip().replaceAll("[^A-Za-z0-9-]", "") + (y == null ? "" : "-" + y) + ".xlsx\"").build();
    }
}
