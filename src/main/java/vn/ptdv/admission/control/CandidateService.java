package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AwarenessCertificate;
import vn.ptdv.admission.api.AwarenessCertificates;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.admission.entity.DossierStep;
import vn.ptdv.calendar.api.WorkingDays;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.Religions;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Quần chúng ưu tú of a cell, one aggregate: added to the pool, the awareness course, the dossier step by step, then
 * admitted (through {@link AdmissionService}, pre-filled from the candidate) or stopped. In the caller's scope; every
 * change audited.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    @Inject
    CandidateRepository candidates;

    @Inject
    AdmissionService admissions;

    @Inject
    AwarenessCertificates certificates;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionScope scope;

    @Inject
    AdmissionRuleBook book;

    @Inject
    WorkingDays workingDays;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** A new candidate as given. */
    public record NewCandidate(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode, String religion,
                               GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                               Occupation occupation, Boolean youthUnionMember, String organizationCode,
                               LocalDate addedOn, String helpers) {
    }

    /** The admission of a candidate as given (the person's attributes come from the candidate). */
    public record Admit(String decisionNumber, LocalDate decisionDate, LocalDate ceremonyDate, PoliticalTheory politicalTheory,
                        boolean educationAreaException) {
    }

    /** The candidate after a change, and the warning of an admission decided late (or null). */
    public record Result(Candidate candidate, String warning) {
    }

    /** A cell's candidates per state. */
    public record UnitCounts(String code, String name, Map<CandidateState, Long> counts) {
    }

    public record Page(long total, Map<CandidateState, Long> counts, List<Candidate> items) {
    }

    public Candidate create(NewCandidate n) {
        Caller caller = access.require(Permission.WRITE_ADMISSIONS);
        LocalDate today = LocalDate.now();
        Violations v = new Violations();
        String name = VietnameseText.clean(n.fullName());
        String nameError = NameRules.personName(name);
        if (nameError != null) {
            v.add("fullName", nameError);
        }
        v.check(n.gender() != null, "gender", "Giới tính là bắt buộc (MALE hoặc FEMALE).");
        v.check(n.birthDate() != null, "birthDate", "Ngày sinh là bắt buộc.");
        v.check(n.ethnicityCode() != null && Ethnicities.isKnown(n.ethnicityCode()), "ethnicityCode",
                "Mã dân tộc không có trong danh mục (ví dụ 01 Kinh, 08 Mông).");
        v.check(n.generalEducation() != null, "generalEducation", "Trình độ giáo dục phổ thông là bắt buộc.");
        v.check(n.professionalQualification() != null, "professionalQualification", "Trình độ chuyên môn là bắt buộc.");
        v.check(n.occupation() != null, "occupation", "Nghề nghiệp là bắt buộc.");
        v.check(n.organizationCode() != null && !n.organizationCode().isBlank(), "organizationCode",
                "Mã chi bộ đề nghị là bắt buộc.");
        v.check(n.helpers() == null || n.helpers().length() <= 400, "helpers", "Đảng viên giúp đỡ dài tối đa 400 ký tự.");
        v.throwIfAny();
        LocalDate added = n.addedOn() == null ? today : n.addedOn();
        Violations rules = new Violations();
        rules.check(!added.isAfter(today), "addedOn", "Ngày đưa vào danh sách cảm tình Đảng không được sau hôm nay.");
        rules.check(n.birthDate().isBefore(added.minusYears(16)), "birthDate",
                "Quần chúng phải đủ 16 tuổi khi được đưa vào danh sách cảm tình Đảng.");
        OrganizationRef cell = scope.records(n.organizationCode().strip(), caller).stream().filter(o -> o.validOn(added))
                .findFirst().orElse(null);
        rules.check(cell != null, "organizationCode", "Tổ chức " + n.organizationCode() + " không hoạt động vào ngày "
                + VietnameseFormat.date(added) + ".");
        rules.throwIfAny(ProblemType.UNPROCESSABLE);
        Candidate c = new Candidate(name, n.gender(), n.birthDate(), n.ethnicityCode(), Religions.normalise(n.religion()),
                n.generalEducation(), n.professionalQualification(), n.occupation(),
                Boolean.TRUE.equals(n.youthUnionMember()), cell, added, clean(n.helpers()));
        candidates.persist(c);
        candidates.flush();
        audit.change("CANDIDATE_CREATED", "candidate:" + c.getId(), c.getOrgPath(), null, describe(c));
        return c;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Page list(String code, CandidateState state, String name, int page, int size) {
        Caller caller = access.require(Permission.READ_ADMISSIONS);
        List<OrganizationRef> roots = scope.records(code, caller);
        audit.read("candidates", code, "state=" + state + " page=" + page, roots.get(roots.size() - 1).path());
        return new Page(candidates.count(roots, state, name), candidates.countsByState(roots),
                candidates.list(roots, state, name, page * size, size));
    }

    /** Counts per state (aggregates: every role). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<CandidateState, Long> counts(String code) {
        return candidates.countsByState(scope.records(code, access.require(Permission.READ_AGGREGATES)));
    }

    /** The candidates of each cell of the subtree per state (aggregates: every role), by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitCounts> units(String code) {
        Map<String, Map<CandidateState, Long>> counts = candidates.countsByUnit(
                scope.records(code, access.require(Permission.READ_AGGREGATES)));
        Map<String, List<OrganizationRef>> records = organizations.histories(counts.keySet());
        return counts.entrySet().stream().map(e -> {
            List<OrganizationRef> h = records.getOrDefault(e.getKey(), List.of());
            return new UnitCounts(e.getKey(), h.isEmpty() ? e.getKey() : h.get(h.size() - 1).name(), e.getValue());
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Candidate find(long id) {
        return inScope(id, access.require(Permission.READ_ADMISSIONS));
    }

    /** Học lớp nhận thức: the certificate (an awareness-course one, of this person), or a reason to go on without. */
    public Candidate awareness(long id, String number, String overrideReason) {
        Candidate c = inScope(id, access.require(Permission.WRITE_ADMISSIONS));
        requireOpen(c);
        String n = number == null ? null : number.strip();
        if ((n == null || n.isEmpty()) && (overrideReason == null || overrideReason.isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần số giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.",
                    Map.of("certificateNumber", "Số giấy chứng nhận là bắt buộc."));
        }
        String before = describe(c);
        if (n != null && !n.isEmpty()) {
            // the admissions' certificate rule: a certificate outside the caller's scope confirms nothing about its holder
            java.util.Optional<AwarenessCertificate> cert = certificates.find(n);
            Caller caller = access.caller();
            boolean visible = cert.map(x -> caller.covers(x.classOrgPath()) || caller.covers(x.holderOrgPath())).orElse(true);
            book.on(LocalDate.now()).certificateRule().problem(n, cert, c.getFullName(), c.getBirthDate(), null, visible)
                    .ifPresent(problem -> {
                        throw new ProblemException(ProblemType.UNPROCESSABLE, problem, Map.of("certificateNumber", problem));
                    });
            c.awareness(n, null);
        } else {
            if (overrideReason.length() > 1000) {
                throw ProblemException.badParameter("overrideReason", "Lý do dài tối đa 1000 ký tự.");
            }
            c.awareness(null, VietnameseText.clean(overrideReason));
        }
        audit.change("CANDIDATE_AWARENESS", "candidate:" + id, c.getOrgPath(), before, describe(c));
        return c;
    }

    public Candidate step(long id, DossierStep step, LocalDate date, Integer votesFor, Integer officialMembers) {
        Candidate c = inScope(id, access.require(Permission.WRITE_ADMISSIONS));
        CandidateRules.checkStep(c.getState(), c.steps(), c.hasAwareness(), step, date, votesFor,
                officialMembers, LocalDate.now());
        String before = describe(c);
        c.step(step, date, votesFor, officialMembers);
        audit.change("CANDIDATE_STEP_" + step.name(), "candidate:" + id, c.getOrgPath(), before, describe(c));
        return c;
    }

    public Candidate renew(long id, String reason) {
        Candidate c = inScope(id, access.require(Permission.WRITE_ADMISSIONS));
        requireOpen(c);
        requireReason(reason);
        String before = describe(c);
        c.renew();
        audit.change("CANDIDATE_RENEWED", "candidate:" + id, c.getOrgPath(), before, describe(c) + " | " + clean(reason));
        return c;
    }

    public Candidate stop(long id, LocalDate on, String reason) {
        Candidate c = inScope(id, access.require(Permission.WRITE_ADMISSIONS));
        requireOpen(c);
        requireReason(reason);
        String before = describe(c);
        c.stop(on == null ? LocalDate.now() : on, clean(reason));
        audit.change("CANDIDATE_STOPPED", "candidate:" + id, c.getOrgPath(), before, describe(c));
        return c;
    }

    /** Kết nạp: the admission recorded from the candidate (every admission rule applies), then linked. */
    public Result admit(long id, Admit a) {
        Candidate c = inScope(id, access.require(Permission.WRITE_ADMISSIONS));
        if (a.decisionDate() == null || a.decisionNumber() == null || a.decisionNumber().isBlank()) {
            Violations v = new Violations();
            v.check(a.decisionNumber() != null && !a.decisionNumber().isBlank(), "decisionNumber",
                    "Số quyết định kết nạp là bắt buộc.");
            v.check(a.decisionDate() != null, "decisionDate", "Ngày quyết định kết nạp là bắt buộc.");
            v.throwIfAny();
        }
        int limit = book.on(a.decisionDate()).decisionWorkingDays();
        String warning = CandidateRules.checkAdmission(c.getState(), c.steps(), a.decisionDate(), workingDays.calendar(), limit);
        String cert = c.getAwarenessCertNumber();
        boolean override = cert == null;
        NewAdmission n = new NewAdmission(c.getFullName(), c.getGender(), c.getBirthDate(), c.getEthnicityCode(),
                c.getReligion(), c.getGeneralEducation(), c.getProfessionalQualification(),
                a.politicalTheory() == null ? PoliticalTheory.NONE : a.politicalTheory(), c.getOccupation(),
                c.isYouthUnionMember(), c.getOrganizationCode(), a.decisionNumber(), a.decisionDate(), a.ceremonyDate(),
                false, a.educationAreaException(), override ? null : cert,
                override ? (c.getAwarenessOverride() == null ? "Kết nạp từ danh sách quần chúng: chưa ghi giấy chứng nhận"
                        : c.getAwarenessOverride()) : null);
        String before = describe(c);
        Admission admission = admissions.create(n);
        c.admitted(admission.getId());
        audit.change("CANDIDATE_ADMITTED", "candidate:" + id, c.getOrgPath(), before, describe(c));
        return new Result(c, warning);
    }

    private Candidate inScope(long id, Caller caller) {
        Candidate c = candidates.find(id).orElse(null);
        if (c == null || !caller.covers(c.getOrgPath())) {
            if (c != null) {
                audit.denied(caller.username(), "CANDIDATE", "outside scope " + caller.scopeCode());
            }
            throw ProblemException.notFound("Không tìm thấy quần chúng số " + id + ".");
        }
        return c;
    }

    private static void requireOpen(Candidate c) {
        if (c.getState() == CandidateState.ADMITTED || c.getState() == CandidateState.STOPPED) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Quần chúng " + c.getFullName() + " "
                    + (c.getState() == CandidateState.ADMITTED ? "đã được kết nạp." : "đã dừng."));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ghi lý do (tối đa 1000 ký tự).",
                    Map.of("reason", "Lý do là bắt buộc."));
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }

    private static String describe(Candidate c) {
        return c.getState() + " " + c.getOrganizationCode() + " cert=" + c.getAwarenessCertNumber()
                + (c.getAwarenessOverride() == null ? "" : " override=" + c.getAwarenessOverride()) + " steps=" + c.steps()
                + (c.getAdmissionId() == null ? "" : " admission=" + c.getAdmissionId())
                + (c.getStopReason() == null ? "" : " stop=" + c.getStopReason());
    }
}
