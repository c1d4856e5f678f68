package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.TargetService;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.imports.Spreadsheets;
import vn.ptdv.platform.rest.ProblemException;

/**
 * {@code GET /ptdv/api/targets.xlsx?org=&year=}: the registered targets of an organisation and its direct units in a
 * year, with the columns of the target import.
 */
@Path("targets.xlsx")
@RequestScoped
@Tag(name = "Chỉ tiêu kết nạp")
public class TargetsExportResource {

    @Inject
    TargetService targets;

    @Inject
    YearRange years;

    @GET
    @Produces(Spreadsheets.XLSX)
    @Operation(summary = "Xuất chỉ tiêu kết nạp của tổ chức và các đơn vị trực thuộc ra Excel (cùng cột với mẫu nhập)",
            description = "Số liệu tổng hợp, không ghi tên người: cần quyền READ_AGGREGATES, trong phạm vi của người dùng.")
    public Response export(@QueryParam("org") String org, @QueryParam("year") String year) {
        if (org == null || org.isBlank()) {
            throw ProblemException.badParameter("org", "Tham số org (mã tổ chức) là bắt buộc.");
        }
        int y = years.year("year", year);
        TargetService.TargetGrid grid = targets.targetGrid(org.strip(), y);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (grid.target() != null) {
            rows.add(row(grid.organization(), y, grid.target()));
        }
        grid.children().stream().filter(c -> c.target() != null).forEach(c -> rows.add(row(c.organization(), y, c.target())));
        StreamingOutput out = o -> Spreadsheets.export(TargetsImport.COLUMNS, rows.iterator(), o);
        return Response.ok(out, Spreadsheets.XLSX).header("Content-Disposition", "attachment; filename=\"chi-tieu-"
                + org.strip().replaceAll("[^A-Za-z0-9-]", "") + "-" + y + ".xlsx\"").build();
    }

    private static Map<String, Object> row(OrganizationRef o, int year, int target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organizationCode", o.code());
        m.put("organizationName", o.name());
        m.put("year", year);
        m.put("admissions", target);
        return m;
    }
}
