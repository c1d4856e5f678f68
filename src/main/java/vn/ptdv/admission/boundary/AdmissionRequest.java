package vn.ptdv.admission.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;

/**
 * Ghi nhận kết nạp: the body of {@code POST /admissions} (and of a correction, with its reason and version). A class
 * with constrained public fields, not a record: see {@code vn.ptdv.platform.rest.RequestBodies}.
 */
public final class AdmissionRequest {
    @NotBlank(message = "Họ và tên là bắt buộc.")
    @Size(max = 200, message = "Họ và tên dài tối đa 200 ký tự.")
    public String fullName;
    @NotNull(message = "Giới tính là bắt buộc (MALE hoặc FEMALE).")
    public Gender gender;
    @NotNull(message = "Ngày sinh là bắt buộc.")
    public LocalDate birthDate;
    @NotBlank(message = "Mã dân tộc là bắt buộc (ví dụ 01 Kinh, 08 Mông).")
    public String ethnicityCode;
    @Size(max = 100, message = "Tôn giáo dài tối đa 100 ký tự.")
    public String religion;
    @NotNull(message = "Trình độ giáo dục phổ thông là bắt buộc (PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY).")
    public GeneralEducation generalEducation;
    @NotNull(message = "Trình độ chuyên môn là bắt buộc (NONE, ELEMENTARY, INTERMEDIATE, COLLEGE, UNIVERSITY, MASTER, DOCTOR).")
    public ProfessionalQualification professionalQualification;
    public PoliticalTheory politicalTheory;
    @NotNull(message = "Nghề nghiệp là bắt buộc.")
    public Occupation occupation;
    public Boolean youthUnionMember;
    @NotBlank(message = "Mã tổ chức đảng kết nạp là bắt buộc.")
    public String organizationCode;
    @NotBlank(message = "Số quyết định kết nạp là bắt buộc.")
    @Size(max = 60, message = "Số quyết định dài tối đa 60 ký tự.")
    public String decisionNumber;
    @NotNull(message = "Ngày quyết định kết nạp là bắt buộc.")
    public LocalDate decisionDate;
    public LocalDate ceremonyDate;
    public Boolean olderApplicantException;
    public Boolean educationAreaException;
    /** Số giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (mẫu CN-NTVĐ), checked at the decision date. */
    @Size(max = 60, message = "Số giấy chứng nhận dài tối đa 60 ký tự.")
    public String awarenessCertificateNumber;
    /** When not blank: admitted without a valid certificate, for this reason (kept in the history, shown as a warning). */
    @Size(max = 1000, message = "Lý do kết nạp khi chưa có giấy chứng nhận hợp lệ dài tối đa 1000 ký tự.")
    public String certificateOverrideReason;
    /** Lý do (for corrections). */
    @Size(max = 1000, message = "Lý do dài tối đa 1000 ký tự.")
    public String reason;
    /** The version the correction was made from (optimistic check), optional. */
    public Integer version;

    public NewAdmission toNew() {
        return new NewAdmission(fullName, gender, birthDate, ethnicityCode, religion, generalEducation,
                professionalQualification, politicalTheory, occupation, Boolean.TRUE.equals(youthUnionMember),
                organizationCode, decisionNumber, decisionDate, ceremonyDate, Boolean.TRUE.equals(olderApplicantException),
                Boolean.TRUE.equals(educationAreaException), awarenessCertificateNumber, certificateOverrideReason);
    }
}
