package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.Religions;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TrainingRegistry.NewLearner;
import vn.ptdv.training.control.TrainingRules.Enrolment;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * Ghi danh: who may be enrolled in a class, without the database. The awareness course takes candidates (quần chúng
 * ưu tú) nominated by a party organisation under the organising committee; the new-member course takes probationary
 * members by their admission record; nobody sits two overlapping classes of the same kind.
 */
final class EnrolmentRules {

    /** Vietnamese name order: by the given name (the last word), then the full name, then the id. */
    static final Comparator<Learner> NAME_ORDER = Comparator
            .comparing((Learner l) -> lastWord(l.getFullName()), VietnameseText.collator())
            .thenComparing(Learner::getFullName, VietnameseText.collator()).thenComparing(Learner::getId);

    private EnrolmentRules() {
    }

    /** The key of a person across classes: folded name and birth date. */
    static String person(String foldedName, LocalDate birthDate) {
        return foldedName + "|" + birthDate;
    }

    /**
     * The learners of these requests for class {@code c}, every one checked; the errors of all (on
     * {@code prefix}learners[i]...) are thrown together.
     *
     * @param inScope    whether the caller's scope covers an organisation's path (enrolments in classes outside it are
     *                   not seen)
     * @param enrolments the enrolments of the people concerned by {@link #person}; the new learners join them, so that a
     *                   later class of the same call sees them
     */
    static List<Learner> enrol(TrainingClass c, List<NewLearner> requests, Lookups lookups, Predicate<String> inScope,
                               Map<String, List<Enrolment>> enrolments, String prefix) {
        Violations v = new Violations();
        List<Learner> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            NewLearner n = requests.get(i);
            String f = prefix + "learners[" + i + "]";
            Learner l = c.getCourseType() == CourseType.NEW_MEMBER ? newMember(c, n, lookups, inScope, f, v)
                    : candidate(c, n, lookups, inScope, f, v);
            if (l == null) {
                continue;
            }
            List<Enrolment> others = enrolments.computeIfAbsent(person(l.getNameFolded(), l.getBirthDate()), k -> new ArrayList<>());
            // classes outside the caller's scope are not seen: an enrolment cannot tell who studies in another subtree
            Optional<String> twice = TrainingRules.secondEnrolment(c.getCourseType(), c.getStartDate(), c.getEndDate(),
                    others.stream().filter(e -> inScope.test(e.orgPath())).toList());
            if (twice.isPresent()) {
                v.add(f, l.getFullName() + ": " + twice.get());
                continue;
            }
            others.add(new Enrolment(c.getId(), c.getCourseNumber(), c.getCourseType(), c.getStartDate(), c.getEndDate(), null,
                    c.getOrgPath()));
            out.add(l);
        }
        v.throwIfAny();
        return out;
    }

    /** A probationary member (new-member course): the admission in scope, under the committee, on probation. */
    private static Learner newMember(TrainingClass c, NewLearner n, Lookups lookups, Predicate<String> inScope, String f,
                                     Violations v) {
        if (n.admissionId() == null) {
            v.add(f + ".admissionId", "Học viên lớp đảng viên mới cần mã hồ sơ kết nạp (admissionId).");
            return null;
        }
        AdmissionRecord a = lookups.admissions.get(n.admissionId());
        if (a == null || !inScope.test(a.orgPath())) {
            v.add(f + ".admissionId", "Không tìm thấy hồ sơ kết nạp số " + n.admissionId() + ".");
            return null;
        }
        if (!a.orgPath().startsWith(c.getOrgPath()) && !cellUnderCommitteeThen(a, c, lookups)) {
            v.add(f + ".admissionId", a.fullName() + ": hồ sơ kết nạp không thuộc cấp ủy tổ chức lớp (" + c.getOrganizationCode() + ").");
            return null;
        }
        Optional<String> problem = TrainingRules.probationary(a.active(),
                a.ceremonyDate() != null ? a.ceremonyDate() : a.decisionDate(), a.probationEnd(), c.getStartDate(), c.getEndDate());
        if (problem.isPresent()) {
            v.add(f + ".admissionId", a.fullName() + ": " + problem.get());
            return null;
        }
        OrganizationRef org = lookups.organization(a.organizationCode(), a.decisionDate());
        return new Learner(c.getId(), a.fullName(), a.birthDate(), a.gender(), a.ethnicityCode(), a.religion(),
                a.organizationCode(), a.orgPath(), org == null ? a.organizationCode() : org.name(), a.id());
    }

    /** A candidate (awareness course): named, born, nominated by an organisation in scope under the committee. */
    private static Learner candidate(TrainingClass c, NewLearner n, Lookups lookups, Predicate<String> inScope, String f,
                                     Violations v) {
        int before = v.errors().size();
        String name = VietnameseText.clean(n.fullName());
        String nameProblem = NameRules.personName(name);
        v.check(nameProblem == null, f + ".fullName", nameProblem);
        v.check(n.birthDate() != null && n.birthDate().isBefore(c.getStartDate()), f + ".birthDate", "Ngày sinh là bắt buộc.");
        v.check(n.gender() != null, f + ".gender", "Giới tính là bắt buộc (MALE hoặc FEMALE).");
        String eth = n.ethnicityCode() == null ? null : Ethnicities.find(n.ethnicityCode()).orElse(null);
        v.check(eth != null, f + ".ethnicityCode", "Mã dân tộc không có trong danh mục.");
        v.check(n.admissionId() == null, f + ".admissionId", "Lớp bồi dưỡng nhận thức về Đảng dành cho quần chúng ưu tú, "
                + "không gắn với hồ sơ kết nạp.");
        OrganizationRef org = null;
        if (n.nominatingOrgCode() == null || n.nominatingOrgCode().isBlank()) {
            v.add(f + ".nominatingOrgCode", "Mã tổ chức đảng giới thiệu học viên là bắt buộc.");
        } else {
            org = lookups.organization(n.nominatingOrgCode().strip(), c.getStartDate());
            if (org == null || !inScope.test(org.path())) {
                v.add(f + ".nominatingOrgCode", "Không tìm thấy tổ chức đảng có mã " + n.nominatingOrgCode() + ".");
            } else if (!org.path().startsWith(c.getOrgPath())) {
                v.add(f + ".nominatingOrgCode", "Tổ chức " + org.code() + " không trực thuộc cấp ủy tổ chức lớp ("
                        + c.getOrganizationCode() + ").");
            }
        }
        if (v.errors().size() > before) {
            return null;
        }
        return new Learner(c.getId(), name, n.birthDate(), n.gender(), eth, Religions.normalise(n.religion()),
                org.code(), org.path(), org.name(), null);
    }

    /** Two maps of enrolments by person as one, an enrolment found in both counted once. */
    static Map<String, List<Enrolment>> merge(Map<String, List<Enrolment>> a, Map<String, List<Enrolment>> b) {
        Map<String, List<Enrolment>> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, (x, y) -> {
            List<Enrolment> all = new ArrayList<>(x);
            y.stream().filter(e -> !x.contains(e)).forEach(all::add);
            return all;
        }));
        return out;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * Whether the admitting cell, as it stands when the class starts, is under the class's committee: a member admitted
     * before a reorganisation (recorded on the cell's record of then) attends the class of the committee the cell
     * moved under.
     */
    private static boolean cellUnderCommitteeThen(AdmissionRecord a, TrainingClass c, Lookups lookups) {
        OrganizationRef cell = a.organizationCode() == null ? null : lookups.organization(a.organizationCode(), c.getStartDate());
        return cell != null && cell.path().startsWith(c.getOrgPath());
    }
}
