package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionEvent;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.admission.entity.ProbationOutcome;
import vn.ptdv.admission.entity.ProbationReview;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.calendar.api.WorkingDays;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseText;

/**
 * Xét công nhận đảng viên chính thức: the worklists of probationary members of a subtree by status, their counts per
 * unit, and the recording of the cell's consideration and the committee's decision (one aggregate: the review of an
 * admission). Deadlines are counted in working days by the holiday calendar and the rule version in force at the end
 * of the probation.
 */
@ApplicationScoped
public class ProbationService implements YearDecisions {

    @Inject
    AdmissionRepository admissions;

    @Inject
    ProbationRepository probations;

    @Inject
    AdmissionScope scope;

    @Inject
    AdmissionRuleBook book;

    @Inject
    WorkingDays workingDays;

    @Inject
    Access access;

    @Inject
    vn.ptdv.organization.api.OrganizationDirectory organizations;

    @Inject
    AuditLog audit;

    /**
     * A member on the list: the row, the limit of the consideration, the status on the day, and the working days
     * left until the limit (negative: late) while nobody has considered.
     */
    public record Entry(ProbationRepository.Row row, LocalDate deadline, int limitWorkingDays, ProbationStatus status,
                        Integer workingDaysLeft, boolean lateConsideration) {
    }

    public record Page(long total, int page, int size, List<Entry> items) {
    }

    /** Counts of a unit: due, overdue, considered; recognised and removed in the year of the day. */
    public record UnitCounts(String code, String name, long probation, long due, long overdue, long considered,
                             long recognised, long removed) {
    }

    public record Counts(UnitCounts total, LocalDate asOf, int year, List<UnitCounts> units) {
    }

    /** A named list: the read is audited (in the transaction of the read). */
    @Transactional
    public Page worklist(String code, ProbationStatus status, LocalDate from, LocalDate to, int page, int size,
                         LocalDate today) {
        Caller caller = access.require(Permission.READ_ADMISSIONS);
        List<OrganizationRef> roots = scope.records(code, caller);
        WorkingCalendar calendar = workingDays.calendar();
        ProbationRepository.Cutoffs cutoffs = cutoffs(calendar, today);
        long total = probations.count(roots, status, from, to, cutoffs);
        List<Entry> items = probations.list(roots, status, from, to, cutoffs, page * size, size).stream()
                .map(r -> entry(r, calendar, today)).toList();
        audit.read("probations", code, "status=" + status + " from=" + from + " to=" + to + " page=" + page,
                roots.get(roots.size() - 1).path());
        return new Page(total, page, size, items);
    }

    /** The counts of the subtree and of each unit directly under the code's latest record (aggregates only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(String code, LocalDate today) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        List<OrganizationRef> roots = scope.records(code, caller);
        OrganizationRef latest = roots.get(roots.size() - 1);
        WorkingCalendar calendar = workingDays.calendar();
        Map<String, long[]> byPath = probations.countsByPath(roots, cutoffs(calendar, today),
                LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31));
        Map<String, OrganizationRef> children = new LinkedHashMap<>();
        for (OrganizationRef c : scope.children(latest, today.minusYears(3), today)) {
            children.put(c.path(), c);
        }
        long[] total = new long[ProbationStatus.values().length];
        Map<String, long[]> perChild = new LinkedHashMap<>();
        children.keySet().forEach(p -> perChild.put(p, new long[total.length]));
        int childLength = latest.path().length() + OrganizationRef.PATH_LEVEL;
        byPath.forEach((path, counts) -> {
            add(total, counts);
            if (path.startsWith(latest.path()) && path.length() >= childLength) {
                long[] c = perChild.get(path.substring(0, childLength));
                if (c != null) {
                    add(c, counts);
                }
            }
        });
        List<UnitCounts> units = new ArrayList<>();
        children.forEach((path, c) -> units.add(unit(c.code(), c.name(), perChild.get(path))));
        return new Counts(unit(latest.code(), latest.name(), total), today, today.getYear(), units);
    }

    /**
     * The members of the subtrees with the status on the day, for a document (the report's provider has checked the
     * caller's scope); at most {@code max}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> entries(List<OrganizationRef> roots, ProbationStatus status, LocalDate today, int max) {
        WorkingCalendar calendar = workingDays.calendar();
        return probations.list(roots, status, null, null, cutoffs(calendar, today), 0, max).stream()
                .map(r -> entry(r, calendar, today)).toList();
    }

    /** The year's decisions on the subtrees, for a document: recognised, removed, recognised after a late consideration. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdmissionResultsText.Recognitions of(String code, int year, java.util.function.Predicate<String> inScope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<OrganizationRef> roots = organizations.history(code).stream()
                .filter(o -> inScope.test(o.path()) && o.validDuring(from, to)).toList();
        long[] d = roots.isEmpty() ? new long[3] : probations.decided(roots, from, to);
        return new AdmissionResultsText.Recognitions(d[0], d[1], d[2]);
    }

    /** One member's entry, for a document (withdrawn admissions and those without a ceremony have none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Entry> entry(long admissionId, LocalDate today) {
        return probations.row(admissionId).filter(r -> r.probationEnd() != null)
                .filter(r -> admissions.find(admissionId).map(a -> a.getStatus() == AdmissionStatus.ACTIVE).orElse(false))
                .map(r -> entry(r, workingDays.calendar(), today));
    }

    /** The review of one admission the caller may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Entry find(long admissionId, LocalDate today) {
        Caller caller = access.require(Permission.READ_ADMISSIONS);
        Admission a = inScope(admissionId, caller);
        if (a.getStatus() == AdmissionStatus.WITHDRAWN) {
            throw ProblemException.notFound("Hồ sơ kết nạp số " + admissionId + " đã rút: không có trong danh sách dự bị.");
        }
        if (a.getProbationEnd() == null) {
            throw ProblemException.notFound("Hồ sơ kết nạp số " + admissionId + " chưa có ngày lễ kết nạp: chưa tính "
                    + "được thời hạn dự bị.");
        }
        return entry(probations.row(admissionId).orElseThrow(), workingDays.calendar(), today);
    }

    /**
     * Records the cell's consideration and, when given, the committee's decision; refused whole (400/422) when a rule
     * is broken. A decided review is final.
     */
    @Transactional
    public Entry record(long admissionId, ProbationRules.Input in, LocalDate today) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        Admission a = inScope(admissionId, caller);
        ProbationReview review = probations.find(admissionId).orElse(null);
        WorkingCalendar calendar = workingDays.calendar();
        int limit = a.getProbationEnd() == null ? 0 : book.on(a.getProbationEnd()).considerationWorkingDays();
        LocalDate deadline = a.getProbationEnd() == null ? null
                : ProbationRules.deadline(calendar, a.getProbationEnd(), limit);
        ProbationRules.check(in, new ProbationRules.Facts(a.getStatus() == AdmissionStatus.WITHDRAWN, a.getProbationEnd(),
                deadline, limit, review == null ? null : review.getOutcome(),
                review == null ? null : review.getDecisionDate(), today));
        admissions.lock(a);
        String before = review == null ? null : ProbationSnapshot.of(review);
        if (review == null) {
            review = new ProbationReview(admissionId);
            review.considered(in.considerationDate(), in.votesFor(), in.officialMembers(), clean(in.explanation()));
            probations.persist(review);
        } else {
            review.considered(in.considerationDate(), in.votesFor(), in.officialMembers(), clean(in.explanation()));
        }
        AdmissionEvent.Type type = AdmissionEvent.Type.CONSIDERED;
        if (in.outcome() != null) {
            review.decided(clean(in.decisionNumber()), in.decisionDate(), in.outcome(),
                    in.outcome() == ProbationOutcome.REMOVED ? clean(in.reason()) : null,
                    in.outcome() == ProbationOutcome.RECOGNISED ? a.getProbationEnd() : null);
            type = in.outcome() == ProbationOutcome.RECOGNISED ? AdmissionEvent.Type.RECOGNISED : AdmissionEvent.Type.REMOVED;
        }
        String after = ProbationSnapshot.of(review);
        admissions.persist(new AdmissionEvent(admissionId, type, type == AdmissionEvent.Type.REMOVED ? review.getRemovalReason()
                : review.getExplanation(), after));
        audit.change("PROBATION_" + type.name(), "admission:" + admissionId, a.getOrgPath(), before, after);
        admissions.flush();
        return entry(probations.row(admissionId).orElseThrow(), calendar, today);
    }

    private Admission inScope(long id, Caller caller) {
        Admission a = admissions.find(id).orElse(null);
        if (a == null || !caller.covers(a.getOrgPath())) {
            if (a != null) {
                audit.denied(caller.username(), "PROBATION", "outside scope " + caller.scopeCode());
            }
            throw ProblemException.notFound("Không tìm thấy hồ sơ kết nạp số " + id + ".");
        }
        return a;
    }

    ProbationRepository.Cutoffs cutoffs(WorkingCalendar calendar, LocalDate today) {
        List<ProbationRepository.Cutoffs.Window> windows = new ArrayList<>();
        for (AdmissionRuleBook.Version v : book.versions()) {
            windows.add(new ProbationRepository.Cutoffs.Window(v.from(), v.to(),
                    ProbationRules.overdueCutoff(calendar, today, v.considerationWorkingDays())));
        }
        return new ProbationRepository.Cutoffs(today, windows);
    }

    private Entry entry(ProbationRepository.Row r, WorkingCalendar calendar, LocalDate today) {
        int limit = book.on(r.probationEnd()).considerationWorkingDays();
        LocalDate deadline = ProbationRules.deadline(calendar, r.probationEnd(), limit);
        ProbationStatus status = ProbationRules.status(r.probationEnd(), deadline, r.considerationDate(), r.outcome(), today);
        Integer left = r.considerationDate() == null ? calendar.workingDaysBetween(today, deadline) : null;
        boolean late = r.considerationDate() != null && r.considerationDate().isAfter(deadline);
        return new Entry(r, deadline, limit, status, left, late);
    }

    private static UnitCounts unit(String code, String name, long[] c) {
        return new UnitCounts(code, name, c[ProbationStatus.PROBATION.ordinal()], c[ProbationStatus.DUE.ordinal()],
                c[ProbationStatus.OVERDUE.ordinal()], c[ProbationStatus.CONSIDERED.ordinal()],
                c[ProbationStatus.RECOGNISED.ordinal()], c[ProbationStatus.REMOVED.ordinal()]);
    }

    private static void add(long[] into, long[] counts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counts[i];
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }
}
