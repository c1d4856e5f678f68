package vn.ptdv.emulation.boundary;

import java.time.LocalDate;
import vn.ptdv.emulation.entity.DisciplinaryAction;

/** Kỷ luật as the API shows it. */
public record DisciplineView(long id, String organizationCode, LocalDate actionDate, String form, String decisionNumber,
                             String reason) {

    static DisciplineView of(DisciplinaryAction a) {
        return new DisciplineView(a.getId(), a.getOrganizationCode(), a.getActionDate(), a.getForm(),
                a.getDecisionNumber(), a.getReason());
    }
}
