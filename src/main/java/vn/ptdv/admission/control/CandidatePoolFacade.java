package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.CandidatePool;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.shared.VietnameseText;

/**
 * The unchecked look-ups and updates of candidates for training ({@link CandidatePool}: training checks its caller with
 * the paths it gets back). Resources never reach this class (ScopeByConstructionTest).
 */
@ApplicationScoped
@Transactional
public class CandidatePoolFacade implements CandidatePool {

    @Inject
    CandidateRepository candidates;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, PoolCandidate> find(Collection<Long> ids) {
        Map<Long, PoolCandidate> out = new HashMap<>();
        candidates.byIds(ids).forEach(c -> out.put(c.getId(), view(c)));
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoolCandidate> waiting(String orgPath, int max) {
        return candidates.waiting(orgPath, max).stream().map(CandidatePoolFacade::view).toList();
    }

    @Override
    public void attending(Collection<Long> ids, String classLabel) {
        for (Candidate c : candidates.byIds(ids)) {
            String before = c.getAwarenessClass();
            c.attending(classLabel == null ? null : VietnameseText.clean(classLabel));
            audit.change("CANDIDATE_ATTENDING", "candidate:" + c.getId(), c.getOrgPath(), before, c.getAwarenessClass());
        }
    }

    @Override
    public void recordAwarenessCertificates(List<IssuedCertificate> certificates) {
        Map<Long, IssuedCertificate> byId = new LinkedHashMap<>();
        certificates.forEach(c -> byId.put(c.candidateId(), c));
        for (Candidate c : candidates.byIds(byId.keySet())) {
            if (c.getState() == CandidateState.POOL) {
                String before = c.getState() + " cert=" + c.getAwarenessCertNumber();
                c.awareness(VietnameseText.clean(byId.get(c.getId()).number()), null);
                audit.change("CANDIDATE_AWARENESS", "candidate:" + c.getId(), c.getOrgPath(), before,
                        c.getState() + " cert=" + c.getAwarenessCertNumber());
            }
        }
    }

    private static PoolCandidate view(Candidate c) {
        return new PoolCandidate(c.getId(), c.getFullName(), c.getBirthDate(), c.getGender(), c.getEthnicityCode(),
                c.getReligion(), c.getOrganizationCode(), c.getOrgPath(),
                c.getState() == CandidateState.POOL && c.getAwarenessCertNumber() == null, c.getAwarenessClass());
    }
}
