package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** {@code GET /code-lists}: the code lists of an admission record, each entry its code and Vietnamese name. */
@JsonbPropertyOrder({"ethnicities", "religions", "genders", "generalEducations", "professionalQualifications",
        "politicalTheories", "occupations"})
public record CodeListsView(List<Code> ethnicities, List<Code> religions, List<Code> genders,
                            List<Code> generalEducations, List<Code> professionalQualifications,
                            List<Code> politicalTheories, List<Code> occupations) {

    /** One entry of a code list. */
    @JsonbPropertyOrder({"code", "name"})
    public record Code(String code, String name) {
    }
}
