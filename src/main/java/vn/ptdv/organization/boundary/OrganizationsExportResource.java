package vn.ptdv.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.organization.control.OrganizationService;
import vn.ptdv.platform.imports.Spreadsheets;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;

/** {@code GET /ptdv/api/organizations.xlsx?org=&date=}: a subtree with the columns of the organisation import. */
@Path("organizations.xlsx")
@RequestScoped
@Tag(name = "Tổ chức đảng")
public class OrganizationsExportResource {

    @Inject
    OrganizationService organizations;

    @GET
    @Produces(Spreadsheets.XLSX)
    @Operation(summary = "Xuất cây tổ chức ra Excel (cùng cột với mẫu nhập, nhập lại được nguyên trạng)",
            description = "Không ghi tên người: cần quyền READ_AGGREGATES, trong phạm vi của người dùng.")
    public Response export(@QueryParam("org") String org, @QueryParam("date") String date) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        LocalDate on = Params.dateOrToday("date", date);
        List<Map<String, Object>> rows = organizations.visibleSubtree(org.strip(), on).stream().map(OrganizationSheet::write).toList();
        StreamingOutput out = o -> Spreadsheets.export(OrganizationSheet.COLUMNS, rows.iterator(), o);
        return Response.ok(out, Spreadsheets.XLSX).header("Content-Disposition", "attachment; filename=\"to-chuc-"
                + org.strip().replaceAll("[^A-Za-z0-9-]", "") + ".xlsx\"").build();
    }
}
