package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** {@code GET /code-lists}: the code lists of an admission record, each entry its code and Vietnamese name. */
@JsonbPropertyOrder({"ethnicities", "religions", "genders", "generalEducations", "professionalQualifications",
        "politicalTheories", "occupations"})
public record CodeListsView(List<CodeView> ethnicities, List<CodeView> religions, List<CodeView> genders,
                            List<CodeView> generalEducations, List<CodeView> professionalQualifications,
                            List<CodeView> politicalTheories, List<CodeView> occupations) {

    /** One entry of a code list. */
    @JsonbPropertyOrder({"code", "name"})
    public record CodeView(String code, String name) {
    }
}
