package vn.ptdv.admission.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.testing.Jpa;
import vn.ptdv.testing.JpaTest;

/** A candidate and its dossier steps are stored and read back (Flyway schema, EclipseLink mapping). */
@JpaTest
class CandidateMappingTest {

    @Test
    void storedAndReadBack(Jpa jpa) {
        OrganizationRef cell = new OrganizationRef(7, "T-CELL", "Chi bộ thử", OrganizationKind.CELL, "T", 3L,
                "00000003/00000007/", 2, LocalDate.of(2015, 1, 1), null);
        Long id = jpa.transaction(() -> {
            Candidate c = new Candidate("Giàng Thị Mai", Gender.FEMALE, LocalDate.of(1999, 3, 8), "08", null,
                    GeneralEducation.UPPER_SECONDARY, ProfessionalQualification.COLLEGE, Occupation.FARMER, true, cell,
                    LocalDate.of(2026, 1, 5), "Lò Văn Giúp");
            jpa.em().persist(c);
            jpa.em().flush();
            c.awareness(null, "Lý do");
            c.step(DossierStep.APPLICATION, LocalDate.of(2026, 2, 1), null, null);
            return c.getId();
        });
        jpa.em().clear();
        Candidate read = jpa.em().find(Candidate.class, id);
        assertEquals(CandidateState.DOSSIER, read.getState());
        assertEquals(LocalDate.of(2026, 2, 1), read.steps().get(DossierStep.APPLICATION));
        assertEquals("Lý do", read.getAwarenessOverride());
    }
}
