package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.control.AdmissionImportService;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.ImportKind;
import vn.ptdv.platform.imports.ImportSession;
import vn.ptdv.platform.imports.RequestListSession;
import vn.ptdv.platform.imports.RowValues;
import vn.ptdv.platform.rest.RequestBodies;
import vn.ptdv.platform.security.Permission;

/**
 * {@code POST /api/imports/admissions}: a list of admissions. Each row becomes the {@link AdmissionRequest} of
 * {@code POST /api/admissions}, checked with the same Bean Validation and {@link AdmissionImportService} rules, duplicates
 * included; the whole file is recorded in one transaction, or nothing.
 */
@ApplicationScoped
public class AdmissionsImport implements ImportKind {

    @Inject
    AdmissionImportService admissions;

    @Inject
    RequestBodies bodies;

    @Override
    public String name() {
        return "admissions";
    }

    @Override
    public String title() {
        return "Danh sách đảng viên được kết nạp";
    }

    @Override
    public Permission permission() {
        return Permission.WRITE_ADMISSIONS;
    }

    @Override
    public List<Column> columns() {
        return AdmissionSheet.COLUMNS;
    }

    @Override
    public ImportSession open() {
        return new RequestListSession<NewAdmission>() {
            @Override
            protected NewAdmission read(RowValues row, Map<String, String> invalid) {
                AdmissionRequest request = AdmissionSheet.read(row);
                invalid.putAll(bodies.violations(request));
                return request.toNew();
            }

            @Override
            protected Map<Integer, Map<String, String>> check(List<NewAdmission> requests, IntFunction<String> rowName,
                                                              boolean write) {
                return admissions.importAll(requests, rowName, write);
            }
        };
    }
}
