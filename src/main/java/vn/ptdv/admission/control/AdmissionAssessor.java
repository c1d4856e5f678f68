package vn.ptdv.admission.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.ptdv.admission.api.AwarenessCertificate;
import vn.ptdv.admission.api.AwarenessCertificates;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionValues;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.shared.Religions;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Checks an admission in full before anything is written: the rules ({@link AdmissionRules}), the organisation valid on
 * the decision date in the caller's scope, the decision number, the awareness-course certificate ({@link
 * CertificateRule}, which tells a caller nothing about a certificate outside its scope that the caller did not give);
 * and builds the record. Package-private: only the admission services call it.
 */
@Dependent
public class AdmissionAssessor {

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AdmissionRuleBook rules;

    @Inject
    AwarenessCertificates certificates;

    /** A checked admission: the violations; the record when there are none; why its certificate was overridden. */
    record Assessed(Violations violations, Admission admission, String certificateProblem) {

        /** The reason of the history event: the given one, plus the certificate override with its reason. */
        String historyReason(String given) {
            if (certificateProblem == null) {
                return given;
            }
            String override = "Kết nạp khi chưa có giấy chứng nhận hợp lệ: " + certificateProblem + " Lý do: "
                    + admission.getCertOverrideReason();
            String text = given == null ? override : given + " — " + override;
            return text.length() > 1000 ? text.substring(0, 1000) : text;
        }
    }

    /** Probation in months under the rules in force on the decision date. */
    int probationMonths(LocalDate decisionDate) {
        return rules.on(decisionDate).settings().probationMonths();
    }

    /** The awareness-course certificate of this number, if one was issued. */
    Optional<AwarenessCertificate> certificate(String number) {
        return certificates.find(number);
    }

    /** The awareness-course certificates these admissions name, by number (one lookup for all). */
    Map<String, AwarenessCertificate> certificatesOf(List<NewAdmission> admissions) {
        return certificates.findAll(admissions.stream().map(n -> VietnameseText.clean(n.awarenessCertificateNumber()))
                .filter(Objects::nonNull).distinct().toList());
    }

    /**
     * Checks an admission and throws the problem (422 for the certificate, else 400) when it breaks a rule; a decision
     * number given twice in {@code batchNumbers} or {@code usedElsewhere} is one.
     */
    Assessed build(NewAdmission request, Map<String, List<OrganizationRef>> orgCache, Set<String> batchNumbers,
                   Predicate<String> usedElsewhere, Caller caller, Function<String, Optional<AwarenessCertificate>> lookup) {
        Assessed a = assess(request, orgCache, caller, number -> !batchNumbers.add(number) || usedElsewhere.test(number)
                ? "Số quyết định " + number + " đã được dùng cho một hồ sơ kết nạp khác." : null, lookup);
        if (a.admission() == null && a.certificateProblem() != null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, a.certificateProblem(), a.violations().errors());
        }
        a.violations().throwIfAny();
        return a;
    }

    /**
     * {@code numberProblem} says what is wrong with the (cleaned) decision number, or null; {@code lookup} finds an
     * awareness-course certificate by its number. {@code orgCache} keeps the records of codes already looked up.
     */
    Assessed assess(NewAdmission request, Map<String, List<OrganizationRef>> orgCache, Caller caller,
                    Function<String, String> numberProblem, Function<String, Optional<AwarenessCertificate>> lookup) {
        NewAdmission n = withDefaults(request);
        AdmissionRuleBook.Version version = rules.on(n.decisionDate());   // the rules in force on the decision date
        Violations v = version.rules().check(n, LocalDate.now());
        OrganizationRef org = null;
        if (!v.has("organizationCode") && !v.has("decisionDate")) {
            org = organizationOn(n.organizationCode(), n.decisionDate(), orgCache, v);
            if (org != null && !caller.covers(org.path())) {
                v.add("organizationCode", "Không tìm thấy tổ chức đảng có mã " + n.organizationCode() + ".");
                org = null;
            }
        }
        String number = VietnameseText.clean(n.decisionNumber());
        if (number != null && !v.has("decisionNumber")) {
            String problem = numberProblem.apply(number);
            v.check(problem == null, "decisionNumber", problem);
        }
        if (!v.isEmpty()) {
            return new Assessed(v, null, null);
        }
        String certNumber = VietnameseText.clean(n.awarenessCertificateNumber());
        String overrideReason = VietnameseText.clean(n.certificateOverrideReason());
        v.check(certNumber == null || certNumber.length() <= 60, "awarenessCertificateNumber",
                "Số giấy chứng nhận dài tối đa 60 ký tự.");
        v.check(overrideReason == null || overrideReason.length() <= 1000, "certificateOverrideReason",
                "Lý do dài tối đa 1000 ký tự.");
        if (!v.isEmpty()) {
            return new Assessed(v, null, null);
        }
        // the certificate rule (domain.md §1.5): refused with 422 unless explicitly overridden with a reason
        Optional<AwarenessCertificate> certificate = certNumber == null ? Optional.empty() : lookup.apply(certNumber);
        boolean visible = certificate.map(c -> caller.covers(c.classOrgPath()) || caller.covers(c.holderOrgPath())).orElse(true);
        String certProblem = version.certificateRule().problem(certNumber, certificate, n.fullName(), n.birthDate(), n.decisionDate(),
                visible).orElse(null);
        if (certProblem != null && overrideReason == null) {
            v.add("awarenessCertificateNumber", certProblem);
            return new Assessed(v, null, certProblem);
        }
        AdmissionValues values = new AdmissionValues(VietnameseText.clean(n.fullName()), n.gender(), n.birthDate(),
                n.ethnicityCode(), Religions.normalise(n.religion()), n.generalEducation(), n.professionalQualification(),
                n.politicalTheory(), n.occupation(), n.youthUnionMember(), org.code(), number, n.decisionDate(),
                n.ceremonyDate(), n.olderApplicantException(), n.educationAreaException());
        Admission a = new Admission(values, org.id(), org.code(), org.path(), version.settings().probationMonths());
        if (certProblem == null) {
            a.awarenessCertificateVerified(certNumber, certificate.get().issuedOn());
        } else {
            a.awarenessCertificateOverridden(certNumber, overrideReason);
        }
        return new Assessed(v, a, certProblem);
    }

    /**
     * The organisation records of the rows' codes, asked at once (one query per 500 codes instead of one per code), as
     * the cache {@link #assess} starts from; a code with no record maps to none.
     */
    Map<String, List<OrganizationRef>> organizationsOf(List<NewAdmission> rows) {
        List<String> codes = rows.stream().map(r -> withDefaults(r).organizationCode()).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, List<OrganizationRef>> cache = new java.util.HashMap<>(organizations.histories(codes));
        codes.forEach(c -> cache.putIfAbsent(c, List.of()));
        return cache;
    }

    /** The request with its codes trimmed, a one-digit ethnicity code padded ("8" → "08"), no political theory as NONE. */
    static NewAdmission withDefaults(NewAdmission n) {
        String eth = n.ethnicityCode() == null ? null : n.ethnicityCode().strip();
        if (eth != null && eth.length() == 1 && Character.isDigit(eth.charAt(0))) {
            eth = "0" + eth;
        }
        return new NewAdmission(n.fullName(), n.gender(), n.birthDate(), eth, n.religion(), n.generalEducation(),
                n.professionalQualification(), n.politicalTheory() == null ? PoliticalTheory.NONE : n.politicalTheory(),
                n.occupation(), n.youthUnionMember(), n.organizationCode() == null ? null : n.organizationCode().strip(),
                n.decisionNumber(), n.decisionDate(), n.ceremonyDate(), n.olderApplicantException(), n.educationAreaException(),
                n.awarenessCertificateNumber(), n.certificateOverrideReason());
    }

    private OrganizationRef organizationOn(String code, LocalDate date, Map<String, List<OrganizationRef>> cache, Violations v) {
        List<OrganizationRef> records = cache.computeIfAbsent(code, organizations::history);
        if (records.isEmpty()) {
            v.add("organizationCode", "Không tìm thấy tổ chức đảng có mã " + code + ".");
            return null;
        }
        Optional<OrganizationRef> valid = records.stream().filter(o -> o.validOn(date)).findFirst();
        if (valid.isEmpty()) {
            v.add("organizationCode", "Tổ chức " + code + " không còn hoặc chưa có hiệu lực vào ngày quyết định kết nạp "
                    + VietnameseFormat.date(date) + ".");
            return null;
        }
        return valid.get();
    }
}
