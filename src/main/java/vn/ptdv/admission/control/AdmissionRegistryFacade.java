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
    TermTargetService termTargets;

    @Inject
    AdmissionImportService imports;

    @Inject
    AdmissionBulkLoader bulk;

    @Inject
    ProbationBulkLoader probations;

    @Inject
    CandidateBulkLoader candidates;

    /**
     * In JDBC batches ({@link AdmissionBulkLoader#insertTargets}): putting them one by one flushed the whole persistence
     * context of the loader's transaction once per target (70 % of the demo's load time).
     */
    @Override
    public void registerTargets(List<TargetRecord> records) {
        bulk.insertTargets(records, "Nạp dữ liệu");
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
