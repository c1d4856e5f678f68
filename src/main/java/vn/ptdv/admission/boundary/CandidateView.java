package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.control.CandidateRules;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.admission.entity.DossierStep;

/** A candidate as the pages show it: the person, the state, the dossier's steps and the next one. */
@JsonbPropertyOrder({"id", "fullName", "gender", "birthDate", "ethnicityCode", "organizationCode", "addedOn", "helpers",
        "state", "stateLabel", "awarenessCertificateNumber", "awarenessOverride", "awarenessClass", "steps", "nextStep", "nextStepLabel", "dossierValidUntil", "renewalNeeded",
        "admissionId", "stoppedOn", "stopReason", "warning", "version"})
public record CandidateView(long id, String fullName, String gender, LocalDate birthDate, String ethnicityCode,
                            String religion, String generalEducation, String professionalQualification, String occupation,
                            boolean youthUnionMember, String organizationCode, LocalDate addedOn, String helpers,
                            String state, String stateLabel, String awarenessCertificateNumber, String awarenessOverride,
                            String awarenessClass, List<StepView> steps, String nextStep, String nextStepLabel, LocalDate dossierValidUntil,
                            boolean renewalNeeded, Long admissionId,
                            LocalDate stoppedOn, String stopReason, String warning, int version) {

    /** A dossier step: its form, label and date (null: not yet); the cell's votes on its resolution. */
    public record StepView(String step, String form, String label, LocalDate date, Integer votesFor, Integer officialMembers) {
    }

    static CandidateView of(Candidate c, String warning) {
        Map<DossierStep, LocalDate> done = c.steps();
        List<StepView> steps = new ArrayList<>();
        for (DossierStep s : DossierStep.values()) {
            boolean cell = s == DossierStep.CELL_RESOLUTION;
            steps.add(new StepView(s.name(), s.form(), s.label(), done.get(s), cell ? c.getCellVotesFor() : null,
                    cell ? c.getCellOfficialMembers() : null));
        }
        boolean open = c.getState() != CandidateState.ADMITTED && c.getState() != CandidateState.STOPPED;
        DossierStep next = open ? CandidateRules.next(done) : null;
        LocalDate validUntil = open ? CandidateRules.dossierValidUntil(done) : null;
        return new CandidateView(c.getId(), c.getFullName(), c.getGender().name(), c.getBirthDate(), c.getEthnicityCode(),
                c.getReligion(), c.getGeneralEducation().name(), c.getProfessionalQualification().name(),
                c.getOccupation().name(), c.isYouthUnionMember(), c.getOrganizationCode(), c.getAddedOn(), c.getHelpers(),
                c.getState().name(), c.getState().label(), c.getAwarenessCertNumber(), c.getAwarenessOverride(), c.getAwarenessClass(), steps,
                next == null ? null : next.name(), next == null ? null : next.label(), validUntil,
                validUntil != null && validUntil.isBefore(LocalDate.now()), c.getAdmissionId(), c.getStoppedOn(),
                c.getStopReason(), warning, c.getVersion());
    }

    /** The candidates of one cell (or committee holding them) per state. */
    @JsonbPropertyOrder({"organizationCode", "organizationName", "counts", "total"})
    public record UnitView(String organizationCode, String organizationName, Map<String, Long> counts, long total) {
    }

    /** A page of candidates with the counts per state of the subtree. */
    @JsonbPropertyOrder({"organizationCode", "state", "total", "page", "size", "counts", "items"})
    public record PageView(String organizationCode, String state, long total, int page, int size, Map<String, Long> counts,
                           List<CandidateView> items) {
    }
}
