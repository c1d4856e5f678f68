package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.api.AdmissionRegistry.CandidateRecord;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.DossierStep;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;

/** Candidates of a loader (the demo's pools): each step checked by {@link CandidateRules} as a user's would be. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidateBulkLoader {

    @Inject
    CandidateRepository candidates;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AuditLog audit;

    public int record(List<CandidateRecord> records) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < records.size(); i++) {
            CandidateRecord r = records.get(i);
            String where = "candidate " + (i + 1) + " (" + r.organizationCode() + ")";
            OrganizationRef cell = organizations.find(r.organizationCode(), r.addedOn())
                    .orElseThrow(() -> new IllegalArgumentException(where + ": no such organisation on " + r.addedOn()));
            if (r.addedOn().isAfter(today) || !r.birthDate().isBefore(r.addedOn().minusYears(16))) {
                throw new IllegalArgumentException(where + ": added in the future or younger than 16");
            }
            Candidate c = new Candidate(r.fullName(), r.gender(), r.birthDate(), r.ethnicityCode(), null,
                    r.generalEducation(), r.professionalQualification(), r.occupation(), r.youthUnionMember(), cell,
                    r.addedOn(), r.helpers());
            if (r.awarenessOverride() != null) {
                c.awareness(null, r.awarenessOverride());
            }
            for (int s = 0; s < r.steps().size(); s++) {
                DossierStep step = DossierStep.values()[s];
                boolean cellResolution = step == DossierStep.CELL_RESOLUTION;
                Integer votes = cellResolution ? r.votesFor() : null;
                Integer members = cellResolution ? r.officialMembers() : null;
                try {
                    CandidateRules.checkStep(c.getState(), c.steps(), c.hasAwareness(), step, r.steps().get(s), votes,
                            members, today);
                } catch (ProblemException e) {
                    throw new IllegalArgumentException(where + ", " + step + ": " + e.getMessage(), e);
                }
                c.step(step, r.steps().get(s), votes, members);
            }
            if (r.stopReason() != null) {
                c.stop(r.stoppedOn(), r.stopReason());
            }
            candidates.persist(c);
        }
        candidates.flush();
        audit.change("CANDIDATES_BULK_LOADED", records.size() + " candidates", null, null, null);
        return records.size();
    }
}
