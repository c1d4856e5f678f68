package vn.ptdv.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AdmissionRegistry.CandidateRecord;
import vn.ptdv.admission.control.CandidateRules;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.admission.entity.DossierStep;
import vn.ptdv.organization.api.OrganizationKind;

/** The demo's pools: every district has a candidate at each point of the path, and every step passes the rules. */
class LaoCaiCandidatesTest {

    @Test
    void everyDistrictHasOneAtEachPointAndEveryStepPassesTheRules() {
        DemoDataset data = LaoCaiDemoGenerator.generate();
        List<CandidateRecord> plan = LaoCaiCandidates.plan(data.organizations());
        long districts = data.organizations().stream().filter(o -> o.kind() == OrganizationKind.UPPER_GRASSROOTS_COMMITTEE).count();
        assertEquals(8 * districts, plan.size());
        Map<Integer, Long> bySteps = plan.stream().collect(Collectors.groupingBy(r -> r.steps().size(), Collectors.counting()));
        assertEquals(Map.of(0, 3 * districts, 1, districts, 2, districts, 5, districts, 6, districts, 7, districts), bySteps);
        for (CandidateRecord r : plan) {
            Map<DossierStep, LocalDate> steps = new EnumMap<>(DossierStep.class);
            for (int s = 0; s < r.steps().size(); s++) {
                DossierStep step = DossierStep.values()[s];
                boolean cell = step == DossierStep.CELL_RESOLUTION;
                int index = s;
                assertDoesNotThrow(() -> CandidateRules.checkStep(steps.isEmpty() ? CandidateState.AWARENESS
                        : CandidateState.DOSSIER, steps, r.awarenessOverride() != null, step, r.steps().get(index),
                        cell ? r.votesFor() : null, cell ? r.officialMembers() : null, LaoCaiCandidates.AS_OF), r.toString());
                steps.put(step, r.steps().get(s));
            }
            assertTrue(r.birthDate().isBefore(r.addedOn().minusYears(16)) && !r.addedOn().isAfter(LaoCaiCandidates.AS_OF));
        }
        assertEquals(plan, LaoCaiCandidates.plan(data.organizations()), "deterministic");
    }
}
