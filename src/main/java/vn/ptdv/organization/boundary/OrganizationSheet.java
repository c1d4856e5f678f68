package vn.ptdv.organization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.boundary.OrganizationRequests.CreateOrganizationRequest;
import vn.ptdv.organization.control.OrganizationRecordService;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.ImportKind;
import vn.ptdv.platform.imports.ImportSession;
import vn.ptdv.platform.imports.RequestListSession;
import vn.ptdv.platform.imports.RowValues;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.security.Permission;

/**
 * {@code POST /api/imports/organizations}: organisations to open, one a row, each the body of {@code POST
 * /api/organizations} checked by the same service; parents may be rows of the same file. Also the columns of
 * {@code GET /api/organizations.xlsx}, so an export re-imports unchanged.
 */
@ApplicationScoped
public class OrganizationSheet implements ImportKind {

    static final List<Column> COLUMNS = List.of(
            Column.required("code", "Mã tổ chức", "LC-BT-XA-T9", "Mã tổ chức đảng", "Mã"),
            Column.required("name", "Tên tổ chức", "Chi bộ thôn Bản Chín", "Tên tổ chức đảng", "Tên"),
            Column.required("kind", "Loại tổ chức", OrganizationKind.CELL.label(), "Loại")
                    .withChoices(Arrays.stream(OrganizationKind.values()).map(OrganizationKind::label).toList()),
            Column.optional("parentCode", "Mã tổ chức cấp trên", "LC-BT-XA", "Mã cấp trên", "Trực thuộc", "Cấp trên"),
            Column.required("validFrom", "Ngày hiệu lực", "01/01/2025", "Ngày thành lập", "Hiệu lực từ ngày", "Có hiệu lực từ"));

    @Inject
    OrganizationRecordService organizations;

    @Inject
    RequestBodies bodies;

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public String title() {
        return "Tổ chức đảng";
    }

    @Override
    public Permission permission() {
        return Permission.MANAGE_ORGANIZATIONS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    /** An organisation record as a row of the export. */
    static Map<String, Object> write(OrganizationRef o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", o.code());
        m.put("name", o.name());
        m.put("kind", o.kind().label());
        m.put("parentCode", o.parentCode());
        m.put("validFrom", o.validFrom());
        return m;
    }

    @Override
    public ImportSession open() {
        return new RequestListSession<NewOrganization>() {
            @Override
            protected NewOrganization read(RowValues row, Map<String, String> invalid) {
                CreateOrganizationRequest r = new CreateOrganizationRequest();
                r.code = row.text("code");
                r.name = row.text("name");
                r.kind = row.choice("kind", OrganizationKind.class, OrganizationKind::label);
                r.parentCode = row.text("parentCode");
                r.validFrom = row.date("validFrom");
                invalid.putAll(bodies.violations(r));
                return new NewOrganization(r.code, r.name, r.kind, r.parentCode, r.validFrom);
            }

            @Override
            protected Map<Integer, Map<String, String>> check(List<NewOrganization> requests, IntFunction<String> rowName,
                                                              boolean write) {
                return organizations.importAll(requests, rowName, write);
            }
        };
    }
}
