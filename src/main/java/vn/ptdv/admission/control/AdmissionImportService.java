package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import vn.ptdv.admission.api.AwarenessCertificate;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.control.AdmissionAssessor.Assessed;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionEvent;
import javax.sql.DataSource;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.persistence.ColumnLengths;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.shared.VietnameseText;

/**
 * Many admissions at once, each checked as {@link AdmissionService#create} checks one: a spreadsheet import (every
 * error of every row reported, duplicates included) and the loaders' batch (the first error rejects it).
 */
@ApplicationScoped
@Transactional
public class AdmissionImportService {

    private static final ColumnLengths LENGTHS = new ColumnLengths();

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    FigureStore figures;

    @Inject
    AdmissionRepository admissions;

    @Inject
    AdmissionAssessor assessor;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /**
     * Imports a list (a spreadsheet): every admission is checked with the same rules as {@link AdmissionService#create},
     * and against the others and the database for a repeated decision number or the same person
     * ({@link AdmissionDuplicates}). Only when no admission has an error, and {@code write}, are they all recorded (this
     * transaction). {@code rowName} names the i-th admission for messages ("dòng 12"). Returns the errors: index →
     * field → message.
     */
    public Map<Integer, Map<String, String>> importAll(List<NewAdmission> rows, IntFunction<String> rowName, boolean write) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        admissions.flushAtCommit();
        Map<String, List<OrganizationRef>> orgCache = assessor.organizationsOf(rows);
        AdmissionDuplicates duplicates = new AdmissionDuplicates(admissions.activeOwnersOf(numbers(rows)),
                admissions.activePersonsIn(rows.stream().map(NewAdmission::organizationCode).filter(Objects::nonNull)
                        .map(String::strip).distinct().toList()), caller::covers, rowName);
        Map<String, AwarenessCertificate> found = assessor.certificatesOf(rows);
        Map<Integer, Map<String, String>> errors = new TreeMap<>();
        List<Assessed> built = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            NewAdmission n = rows.get(i);
            Assessed a = assessor.assess(n, orgCache, caller, number -> duplicates.numberProblem(index, number),
                    c -> Optional.ofNullable(found.get(c)));
            if (!a.violations().has("fullName")) {
                String person = duplicates.personProblem(i, n.fullName(), n.birthDate(), n.organizationCode());
                if (person != null) {
                    a.violations().add("fullName", person);
                }
            }
            if (!a.violations().isEmpty()) {
                errors.put(i, new LinkedHashMap<>(a.violations().errors()));
            } else {
                built.add(a);
            }
        }
        if (!errors.isEmpty() || !write) {
            return errors;
        }
        record(built, "Nhập từ bảng tính");
        audit.change("ADMISSIONS_IMPORTED", built.size() + " admissions", null, null, null);
        return errors;
    }

    /** Records admissions after checking every rule; the first invalid one rejects the whole batch (loaders). */
    public int recordAll(List<NewAdmission> rows) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        admissions.flushAtCommit();
        Map<String, List<OrganizationRef>> orgCache = assessor.organizationsOf(rows);
        Set<String> numbers = new HashSet<>();
        Set<String> used = new HashSet<>();
        admissions.activeOwnersOf(numbers(rows)).stream().filter(o -> caller.covers(o.orgPath()))
                .forEach(o -> used.add(o.decisionNumber()));
        Map<String, AwarenessCertificate> found = assessor.certificatesOf(rows);
        List<Assessed> built = new ArrayList<>(rows.size());
        for (NewAdmission n : rows) {
            built.add(assessor.build(n, orgCache, numbers, used::contains, caller, c -> Optional.ofNullable(found.get(c))));
        }
        record(built, "Nạp dữ liệu");
        audit.change("ADMISSIONS_LOADED", built.size() + " admissions", null, null, null);
        return built.size();
    }

    /**
     * The checked records, then their creation events with the reason, in JDBC batches on the transaction's connection
     * (identifiers reserved from the JPA table generator's counts, {@link BulkInserts}): a 5.000-row import writes in a
     * fraction of what persisting 10.000 entities one by one took. The column lengths are checked first, as the entity
     * listener checks them for a JPA insert; what this transaction already holds in the persistence context is
     * written before.
     */
    private void record(List<Assessed> built, String reason) {
        List<Admission> records = built.stream().map(Assessed::admission).toList();
        List<AdmissionEvent> events = new ArrayList<>(records.size());
        for (Assessed b : built) {
            LENGTHS.check(b.admission());
            AdmissionEvent event = new AdmissionEvent(0L, AdmissionEvent.Type.CREATED, b.historyReason(reason),
                    AdmissionSnapshot.of(b.admission()));
            LENGTHS.check(event);
            events.add(event);
        }
        admissions.flush();
        try (Connection c = dataSource.getConnection()) {
            long first = BulkInserts.reserveIds(c, "admission", records.size());
            AdmissionTables.insertAdmissions(c, records, first);
            figures.apply(c, AdmissionTables.figures(records));
            AdmissionTables.insertEvents(c, events, first, BulkInserts.reserveIds(c, "admission_event", events.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + records.size() + " admissions failed", e);
        }
    }

    private static List<String> numbers(List<NewAdmission> rows) {
        return rows.stream().map(n -> VietnameseText.clean(n.decisionNumber())).filter(Objects::nonNull).distinct().toList();
    }
}
