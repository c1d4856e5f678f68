package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.Religions;

/** The code lists of an admission record, for forms: {@code /ptdv/api/code-lists}. Read-only. */
@Path("code-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kết nạp đảng viên")
public class CodeListsResource {

    @Inject
    Access access;

    @GET
    @Operation(summary = "Danh mục dùng trong hồ sơ kết nạp: dân tộc, tôn giáo, giới tính, trình độ, nghề nghiệp (mã và tên)")
    public CodeListsView all() {
        access.require(Permission.READ_AGGREGATES);
        return new CodeListsView(codes(Ethnicities.all()), codes(Religions.all()), codes(Gender.values(), Gender::label),
                codes(GeneralEducation.values(), GeneralEducation::label),
                codes(ProfessionalQualification.values(), ProfessionalQualification::label),
                codes(PoliticalTheory.values(), PoliticalTheory::label), codes(Occupation.values(), Occupation::label));
    }

    private static List<CodeListsView.CodeView> codes(Map<String, String> codes) {
        return codes.entrySet().stream().map(e -> new CodeListsView.CodeView(e.getKey(), e.getValue())).toList();
    }

    private static <E extends Enum<E>> List<CodeListsView.CodeView> codes(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new CodeListsView.CodeView(v.name(), label.apply(v))).toList();
    }
}
