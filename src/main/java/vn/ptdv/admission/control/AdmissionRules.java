package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.time.Period;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * The rules an admission record must meet, each with a Vietnamese message on the field it concerns. Pure: no
 * database, so every rule has a unit test. The organisation check (valid on the decision date) is the service's.
 */
public final class AdmissionRules {

    private final AdmissionRuleSettings settings;

    public AdmissionRules(AdmissionRuleSettings settings) {
        this.settings = settings;
    }

    /** Age in full months on a date: 18 years and 0 months is 216 (tuổi đời tính theo tháng). */
    public static long ageInMonths(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).toTotalMonths();
    }

    public Violations check(NewAdmission a, LocalDate today) {
        Violations v = new Violations();
        String nameProblem = vn.ptdv.shared.NameRules.personName(VietnameseText.clean(a.fullName()));
        v.check(nameProblem == null, "fullName", nameProblem);
        v.check(a.gender() != null, "gender", "Giới tính là bắt buộc (MALE hoặc FEMALE).");
        v.check(a.birthDate() != null, "birthDate", "Ngày sinh là bắt buộc.");
        if (a.ethnicityCode() == null || a.ethnicityCode().isBlank()) {
            v.add("ethnicityCode", "Mã dân tộc là bắt buộc (danh mục QĐ 1019/QĐ-TCTK, ví dụ 01 Kinh, 08 Mông).");
        } else if (!Ethnicities.isKnown(a.ethnicityCode())) {
            v.add("ethnicityCode", "Mã dân tộc '" + a.ethnicityCode() + "' không có trong danh mục QĐ 1019/QĐ-TCTK (01–54).");
        }
        v.check(a.generalEducation() != null, "generalEducation", "Trình độ giáo dục phổ thông là bắt buộc.");
        v.check(a.professionalQualification() != null, "professionalQualification", "Trình độ chuyên môn là bắt buộc.");
        v.check(a.occupation() != null, "occupation", "Nghề nghiệp là bắt buộc.");
        v.check(a.organizationCode() != null && !a.organizationCode().isBlank(), "organizationCode",
                "Mã tổ chức đảng kết nạp là bắt buộc.");
        String decision = VietnameseText.clean(a.decisionNumber());
        v.check(decision != null, "decisionNumber", "Số quyết định kết nạp là bắt buộc.");
        v.check(decision == null || decision.length() <= 60, "decisionNumber", "Số quyết định dài tối đa 60 ký tự.");
        v.check(a.decisionDate() != null, "decisionDate", "Ngày quyết định kết nạp là bắt buộc.");

        if (a.birthDate() != null && a.birthDate().isAfter(today)) {
            v.add("birthDate", "Ngày sinh không được ở tương lai.");
        }
        if (a.decisionDate() != null && a.decisionDate().isAfter(today)) {
            v.add("decisionDate", "Ngày quyết định kết nạp không được ở tương lai.");
        }
        if (a.birthDate() != null && a.decisionDate() != null) {
            if (!a.birthDate().isBefore(a.decisionDate())) {
                v.add("birthDate", "Ngày sinh phải trước ngày quyết định kết nạp.");
            } else {
                checkAge(a, v);
            }
        }
        if (a.decisionDate() != null && a.ceremonyDate() != null && a.ceremonyDate().isBefore(a.decisionDate())) {
            v.add("ceremonyDate", "Ngày tổ chức lễ kết nạp (" + VietnameseFormat.date(a.ceremonyDate())
                    + ") không được trước ngày quyết định kết nạp (" + VietnameseFormat.date(a.decisionDate()) + ").");
        }
        checkEducation(a, v);
        return v;
    }

    private void checkAge(NewAdmission a, Violations v) {
        long months = ageInMonths(a.birthDate(), a.decisionDate());
        if (months < settings.minAgeMonths()) {
            v.add("birthDate", "Người vào Đảng phải đủ " + years(settings.minAgeMonths()) + " tuổi (tính theo tháng) vào ngày quyết định kết nạp; "
                    + "vào ngày " + VietnameseFormat.date(a.decisionDate()) + " mới " + describe(months) + ".");
        } else if (months > settings.maxAgeMonths() && !a.olderApplicantException()) {
            v.add("birthDate", "Người vào Đảng không quá " + years(settings.maxAgeMonths()) + " tuổi (tính theo tháng); vào ngày "
                    + VietnameseFormat.date(a.decisionDate()) + " đã " + describe(months)
                    + ". Trường hợp đặc biệt cần ý kiến đồng ý bằng văn bản của Ban Thường vụ Tỉnh ủy "
                    + "(đánh dấu olderApplicantException).");
        }
    }

    private void checkEducation(NewAdmission a, Violations v) {
        GeneralEducation edu = a.generalEducation();
        if (edu == null) {
            return;
        }
        if (!edu.atLeast(settings.minEducation())) {
            if (!a.educationAreaException()) {
                v.add("generalEducation", "Trình độ học vấn tối thiểu là " + settings.minEducation().label().toLowerCase()
                        + "; chỉ người ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số hoặc vùng đặc biệt khó khăn "
                        + "mới được áp dụng ngoại lệ (đánh dấu educationAreaException).");
            } else if (!edu.atLeast(settings.areaExceptionMinEducation())) {
                v.add("generalEducation", "Kể cả trường hợp ngoại lệ, trình độ học vấn tối thiểu là "
                        + settings.areaExceptionMinEducation().label().toLowerCase() + ".");
            }
        }
        ProfessionalQualification q = a.professionalQualification();
        if (q != null && q.compareTo(ProfessionalQualification.COLLEGE) >= 0 && edu != GeneralEducation.UPPER_SECONDARY) {
            v.add("generalEducation", "Người có trình độ " + q.label().toLowerCase() + " phải có trình độ trung học phổ thông.");
        }
    }

    private static String years(int months) {
        return months % 12 == 0 ? Integer.toString(months / 12) : (months / 12) + " năm " + (months % 12) + " tháng";
    }

    private static String describe(long months) {
        return (months / 12) + " tuổi " + (months % 12) + " tháng";
    }

    public AdmissionRuleSettings settings() {
        return settings;
    }
}
