package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AdmissionRecords;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.shared.VietnameseText;

/**
 * The unchecked look-ups of admission records for other modules ({@link AdmissionRecords}: training checks its caller
 * with the paths it gets back). Resources never reach this class (ScopeByConstructionTest).
 */
@ApplicationScoped
@Transactional
public class AdmissionRecordsFacade implements AdmissionRecords {

    @Inject
    AdmissionRepository admissions;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, AdmissionRecord> find(Collection<Long> ids) {
        Map<Long, AdmissionRecord> out = new HashMap<>();
        admissions.byIds(ids).forEach(a -> out.put(a.getId(), new AdmissionRecord(a.getId(), a.getFullName(),
                a.getBirthDate(), a.getGender(), a.getEthnicityCode(), a.getReligion(), a.getOrganizationCode(),
                a.getOrgPath(), a.getDecisionDate(), a.getCeremonyDate(), a.getProbationEnd(),
                a.getStatus() == AdmissionStatus.ACTIVE)));
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> idsByDecisionNumber(Collection<String> decisionNumbers) {
        return admissions.activeIdsByDecisionNumber(decisionNumbers);
    }

    @Override
    public void recordNewMemberCertificates(List<NewMemberCertificate> records) {
        Map<Long, NewMemberCertificate> byId = new LinkedHashMap<>();
        records.forEach(c -> byId.put(c.admissionId(), c));
        int found = 0;
        for (Admission a : admissions.byIds(byId.keySet())) {
            NewMemberCertificate c = byId.get(a.getId());
            a.newMemberCertificate(VietnameseText.clean(c.number()), c.issuedOn());
            found++;
        }
        if (found != byId.size()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hồ sơ kết nạp của một số học viên.");
        }
        audit.change("NEW_MEMBER_CERTIFICATES_RECORDED", found + " admissions", null, null, null);
    }
}
