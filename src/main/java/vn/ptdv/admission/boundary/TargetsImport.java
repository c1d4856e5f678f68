package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.admission.api.AdmissionRegistry.TargetRecord;
import vn.ptdv.admission.control.TargetService;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.ImportKind;
import vn.ptdv.platform.imports.ImportSession;
import vn.ptdv.platform.imports.RequestListSession;
import vn.ptdv.platform.imports.RowValues;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.security.Permission;

/**
 * {@code POST /api/imports/targets}: yearly admission targets (chỉ tiêu kết nạp), one organisation and year a row; each
 * row is the {@code TargetRequest} of {@code PUT /api/organizations/{code}/targets/{year}}, checked and registered by
 * the same service, all rows in one transaction.
 */
@ApplicationScoped
public class TargetsImport implements ImportKind {

    static final List<Column> COLUMNS = List.of(
            Column.required("organizationCode", "Mã tổ chức", "LC-BT-XA", "Mã tổ chức đảng", "Mã đảng bộ", "Mã chi bộ"),
            Column.optional("organizationName", "Tên tổ chức", "Đảng bộ xã ...", "Tên tổ chức đảng"),
            Column.required("year", "Năm", "2025", "Năm kế hoạch"),
            Column.required("admissions", "Chỉ tiêu kết nạp", "12", "Chỉ tiêu", "Số chỉ tiêu", "Chỉ tiêu kết nạp đảng viên"),
            Column.optional("note", "Ghi chú", "", "Ghi chu"));

    @Inject
    TargetService service;

    @Inject
    RequestBodies bodies;

    @Inject
    YearRange years;

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public String title() {
        return "Chỉ tiêu kết nạp đảng viên";
    }

    @Override
    public Permission permission() {
        return Permission.WRITE_ADMISSIONS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ImportSession open() {
        return new RequestListSession<Target>() {
            @Override
            protected Target read(RowValues row, Map<String, String> invalid) {
                TargetsResource.TargetRequest request = new TargetsResource.TargetRequest();
                request.admissions = row.integer("admissions");
                request.note = row.text("note");
                String code = row.text("organizationCode");
                if (code == null) {
                    row.error("organizationCode", "Mã tổ chức là bắt buộc.");
                }
                Integer year = row.integer("year");
                if (year == null && !row.errors().containsKey("year")) {
                    row.error("year", "Năm là bắt buộc.");
                } else if (year != null) {
                    try {
                        years.year("year", year.toString());
                    } catch (ProblemException e) {
                        row.error("year", e.getMessage());
                    }
                }
                invalid.putAll(row.errors());
                bodies.violations(request).forEach(invalid::putIfAbsent);
                return invalid.isEmpty() ? new Target(new TargetRecord(code, year, request.admissions), request.note) : null;
            }

            @Override
            protected Map<Integer, Map<String, String>> check(List<Target> targets, IntFunction<String> rowName, boolean write) {
                return service.importTargets(targets.stream().map(Target::target).toList(),
                        targets.stream().map(Target::note).toList(), rowName, write);
            }
        };
    }

    /** A row: the target and its note. */
    private record Target(TargetRecord target, String note) {
    }
}
