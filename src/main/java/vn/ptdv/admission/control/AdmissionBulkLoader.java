package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import vn.ptdv.admission.api.AdmissionBulkLoad;
import vn.ptdv.admission.api.AdmissionRegistry.TargetRecord;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.BulkInserts;

/**
 * {@link AdmissionBulkLoad}: the organisation records a call names are asked once ({@link OrganizationDirectory#histories},
 * one query per 500 codes), the records built in memory ({@link AdmissionTables}), then written with JDBC batches on the
 * transaction's connection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdmissionBulkLoader implements AdmissionBulkLoad {

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionRepository admissions;

    @Inject
    AdmissionRuleBook rules;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Override
    public int insertAdmissions(List<AdmissionRow> rows, String historyReason) {
        requireSystem();
        List<Admission> records = AdmissionTables.records(rows, organizationsOf(rows.stream()
                .map(r -> r.admission().organizationCode()).toList()), date -> rules.on(date).settings().probationMonths());
        try (Connection c = dataSource.getConnection()) {
            long first = BulkInserts.reserveIds(c, "admission", records.size());
            AdmissionTables.insertAdmissions(c, records, first);
            // the system's loaders write alone (at start-up, before serving): rows are created in their transaction
            FigureTables.applyInline(c, AdmissionTables.figures(records));
            if (historyReason != null) {
                AdmissionTables.insertCreationEvents(c, records, first,
                        BulkInserts.reserveIds(c, "admission_event", records.size()), historyReason);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + rows.size() + " admissions failed", e);
        }
        audit.change("ADMISSIONS_BULK_LOADED", records.size() + " admissions", null, null, null);
        return records.size();
    }

    @Override
    public void insertTargets(List<TargetRecord> targets, String note) {
        requireSystem();
        List<AdmissionTables.Target> planned = AdmissionTables.targets(targets,
                organizationsOf(targets.stream().map(TargetRecord::organizationCode).toList()));
        try (Connection c = dataSource.getConnection()) {
            AdmissionTables.insertTargets(c, planned, BulkInserts.reserveIds(c, "admission_target", planned.size()),
                    BulkInserts.reserveIds(c, "admission_target_event", planned.size()), note);
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + targets.size() + " targets failed", e);
        }
        audit.change("TARGETS_BULK_LOADED", planned.size() + " targets", null, null, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Integer, Long> admissionsPerYear(OrganizationRef root, int fromYear, int toYear) {
        Map<Integer, Long> perYear = new LinkedHashMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            perYear.put(y, admissions.countRecorded(root.subtreePattern(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        }
        return perYear;
    }

    /** The records of the codes, after writing what this transaction holds in the persistence context. */
    private Map<String, List<OrganizationRef>> organizationsOf(List<String> codes) {
        admissions.flush();
        return organizations.histories(codes.stream().filter(Objects::nonNull).map(String::strip).distinct().toList());
    }

    private void requireSystem() {
        if (!access.require(Permission.WRITE_ADMISSIONS).system()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Chỉ các bộ nạp dữ liệu của hệ thống được nạp hàng loạt.");
        }
    }
}
