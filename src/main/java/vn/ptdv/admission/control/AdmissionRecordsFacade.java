package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AdmissionRecords;
import javax.sql.DataSource;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.persistence.PtdvDataSource;
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

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, AdmissionRecord> find(Collection<Long> ids) {
        Map<Long, AdmissionRecord> out = new HashMap<>();
        admissions.recordsOf(ids).forEach(r -> out.put(r.id(), r));
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
        // in JDBC batches on the transaction's connection, as Admission#newMemberCertificate changes a record (number,
        // date, updated_at, version): loading and updating 25.000 entities one by one was most of the demo's
        // new-member step; what the persistence context holds is written before
        admissions.flush();
        int found;
        try (Connection c = dataSource.getConnection()) {
            found = AdmissionTables.updateNewMemberCertificates(c, byId.values().stream().map(n -> new NewMemberCertificate(
                    n.admissionId(), VietnameseText.clean(n.number()), n.issuedOn())).toList(), java.time.Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Recording " + byId.size() + " new-member certificates failed", e);
        }
        if (found != byId.size()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Không tìm thấy hồ sơ kết nạp của một số học viên.");
        }
        audit.change("NEW_MEMBER_CERTIFICATES_RECORDED", found + " admissions", null, null, null);
    }
}
