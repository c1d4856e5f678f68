package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ptdv.admission.api.AdmissionRegistry;
import vn.ptdv.admission.api.NewAdmission;

/** The loaders' writes ({@link AdmissionRegistry}), checked as a user's would be, one transaction a call. */
@ApplicationScoped
@Transactional
public class AdmissionRegistryFacade implements AdmissionRegistry {

    @Inject
    TargetService targets;

    @Inject
    TermTargetService termTargets;

    @Inject
    AdmissionImportService imports;

    @Inject
    ProbationBulkLoader probations;

    @Inject
    CandidateBulkLoader candidates;

    @Override
    public void registerTargets(List<TargetRecord> records) {
        for (TargetRecord t : records) {
            targets.putTarget(t.organizationCode(), t.year(), t.admissions(), "Nạp dữ liệu");
        }
    }

    @Override
    public void registerTermTargets(List<TermTargetRecord> records) {
        for (TermTargetRecord t : records) {
            termTargets.putTermTarget(t.organizationCode(), t.fromYear(), t.toYear(), t.admissions());
        }
    }

    @Override
    public int recordAll(List<NewAdmission> admissions) {
        return imports.recordAll(admissions);
    }

    @Override
    public int recordProbationReviews(List<ProbationRecord> reviews) {
        return probations.record(reviews);
    }

    @Override
    public int recordCandidates(List<CandidateRecord> records) {
        return candidates.record(records);
    }
}
