package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
    public Map<String, List<Map<String, String>>> all() {
        access.require(Permission.READ_AGGREGATES);
        Map<String, List<Map<String, String>>> body = new LinkedHashMap<>();
        body.put("ethnicities", entries(Ethnicities.all()));
        body.put("religions", entries(Religions.all()));
        body.put("genders", entries(Gender.values(), Gender::label));
        body.put("generalEducations", entries(GeneralEducation.values(), GeneralEducation::label));
        body.put("professionalQualifications", entries(ProfessionalQualification.values(), ProfessionalQualification::label));
        body.put("politicalTheories", entries(PoliticalTheory.values(), PoliticalTheory::label));
        body.put("occupations", entries(Occupation.values(), Occupation::label));
        return body;
    }

    private static List<Map<String, String>> entries(Map<String, String> codes) {
        return codes.entrySet().stream().map(e -> entry(e.getKey(), e.getValue())).toList();
    }

    private static <E extends Enum<E>> List<Map<String, String>> entries(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> entry(v.name(), label.apply(v))).toList();
    }

    private static Map<String, String> entry(String code, String name) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        return m;
    }
}
