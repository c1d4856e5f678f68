package vn.ptdv.admission.boundary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.RowValues;
import vn.ptdv.shared.Ethnicities;
import vn.ptdv.shared.Religions;

/**
 * The admission list as a spreadsheet: its columns (Vietnamese headers as units write them), a row read into an
 * {@link AdmissionRequest}, and an admission written as a row. Import, template and export share it, so an export
 * re-imports unchanged.
 */
final class AdmissionSheet {

    static final List<Column> COLUMNS = List.of(
            Column.required("fullName", "Họ và tên", "Giàng Thị Mai", "Họ tên", "Tên đảng viên", "Họ và tên đảng viên", "Họ và tên khai sinh"),
            Column.required("gender", "Giới tính", Gender.FEMALE.label(), "Nam/Nữ", "Phái").withChoices(labels(Gender.class, Gender::label)),
            Column.required("birthDate", "Ngày sinh", "12/04/1998", "Ngày tháng năm sinh", "Sinh ngày"),
            Column.required("ethnicityCode", "Dân tộc", "Mông", "Mã dân tộc").withChoices(List.copyOf(Ethnicities.all().values())),
            Column.optional("religion", "Tôn giáo", "", "Mã tôn giáo").withChoices(List.copyOf(Religions.all().values())),
            Column.required("generalEducation", "Giáo dục phổ thông", GeneralEducation.UPPER_SECONDARY.label(),
                    "Trình độ giáo dục phổ thông", "Trình độ phổ thông", "Trình độ GDPT", "GDPT", "Phổ thông", "Trình độ học vấn",
                    "Học vấn", "Văn hóa", "Trình độ văn hóa")
                    .withChoices(labels(GeneralEducation.class, GeneralEducation::label)),
            Column.required("professionalQualification", "Trình độ chuyên môn", ProfessionalQualification.COLLEGE.label(),
                    "Chuyên môn", "Trình độ chuyên môn nghiệp vụ", "Chuyên môn nghiệp vụ", "Trình độ CMNV", "Trình độ CM")
                    .withChoices(labels(ProfessionalQualification.class, ProfessionalQualification::label)),
            Column.optional("politicalTheory", "Lý luận chính trị", PoliticalTheory.NONE.label(), "Trình độ lý luận chính trị", "Lý luận", "Trình độ LLCT", "LLCT")
                    .withChoices(labels(PoliticalTheory.class, PoliticalTheory::label)),
            Column.required("occupation", "Nghề nghiệp", Occupation.FARMER.label(), "Nghề nghiệp khi kết nạp", "Lĩnh vực công tác")
                    .withChoices(labels(Occupation.class, Occupation::label)),
            Column.optional("youthUnionMember", "Đoàn viên", "Có", "Là đoàn viên", "Đoàn viên TNCS Hồ Chí Minh").withChoices(List.of("Có", "Không")),
            Column.required("organizationCode", "Mã tổ chức", "LC-BT-XA-T1", "Mã tổ chức đảng", "Mã chi bộ", "Mã đảng bộ", "Mã đơn vị"),
            Column.required("decisionNumber", "Số quyết định", "125-QĐ/ĐU", "Số QĐ", "Số quyết định kết nạp"),
            Column.required("decisionDate", "Ngày quyết định", "20/05/2024", "Ngày kết nạp", "Ngày vào Đảng", "Ngày QĐ", "Ngày quyết định kết nạp"),
            Column.optional("ceremonyDate", "Ngày lễ kết nạp", "01/06/2024", "Ngày tổ chức lễ kết nạp", "Ngày lễ"),
            Column.optional("olderApplicantException", "Ngoại lệ tuổi", "", "Trên 60 tuổi", "Ngoại lệ trên 60 tuổi")
                    .withChoices(List.of("Có", "Không")),
            Column.optional("educationAreaException", "Ngoại lệ học vấn", "", "Ngoại lệ vùng khó khăn")
                    .withChoices(List.of("Có", "Không")),
            Column.optional("awarenessCertificateNumber", "Số giấy chứng nhận bồi dưỡng nhận thức về Đảng", "125/GCN-TTCT",
                    "Số GCN NTVĐ", "Số GCN", "Số giấy chứng nhận", "Số giấy chứng nhận NTVĐ",
                    "Số giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", "Số GCN bồi dưỡng nhận thức về Đảng"),
            Column.optional("certificateOverrideReason", "Lý do không có giấy chứng nhận hợp lệ", "",
                    "Lý do không có GCN hợp lệ", "Lý do không có giấy chứng nhận", "Lý do kết nạp khi chưa có giấy chứng nhận"));

    private AdmissionSheet() {
    }

    private static <E extends Enum<E>> List<String> labels(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(label).toList();
    }

    /** A row as the body the REST API takes; unreadable cells are errors on the row. */
    static AdmissionRequest read(RowValues row) {
        AdmissionRequest r = new AdmissionRequest();
        r.fullName = row.text("fullName");
        r.gender = row.choice("gender", Gender.class, Gender::label);
        r.birthDate = row.date("birthDate");
        r.ethnicityCode = row.code("ethnicityCode", Ethnicities::find,
                "Dân tộc '{}' không có trong danh mục QĐ 1019/QĐ-TCTK (ghi tên, ví dụ Mông, hoặc mã 01–54).");
        r.religion = row.text("religion");
        r.generalEducation = row.choice("generalEducation", GeneralEducation.class, GeneralEducation::label);
        r.professionalQualification = row.choice("professionalQualification", ProfessionalQualification.class,
                ProfessionalQualification::label);
        r.politicalTheory = row.choice("politicalTheory", PoliticalTheory.class, PoliticalTheory::label);
        r.occupation = row.choice("occupation", Occupation.class, Occupation::label);
        r.youthUnionMember = row.flag("youthUnionMember");
        r.organizationCode = row.text("organizationCode");
        r.decisionNumber = row.text("decisionNumber");
        r.decisionDate = row.date("decisionDate");
        r.ceremonyDate = row.date("ceremonyDate");
        r.olderApplicantException = row.flag("olderApplicantException");
        r.educationAreaException = row.flag("educationAreaException");
        r.awarenessCertificateNumber = row.text("awarenessCertificateNumber");
        r.certificateOverrideReason = row.text("certificateOverrideReason");
        return r;
    }

    /** An admission as a row of the export: the same texts the import reads. */
    static Map<String, Object> write(Admission a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", a.getFullName());
        m.put("gender", a.getGender().label());
        m.put("birthDate", a.getBirthDate());
        m.put("ethnicityCode", Ethnicities.name(a.getEthnicityCode()).orElse(a.getEthnicityCode()));
        m.put("religion", a.getReligion());
        m.put("generalEducation", a.getGeneralEducation().label());
        m.put("professionalQualification", a.getProfessionalQualification().label());
        m.put("politicalTheory", a.getPoliticalTheory() == null ? null : a.getPoliticalTheory().label());
        m.put("occupation", a.getOccupation().label());
        m.put("youthUnionMember", a.values().youthUnionMember());
        m.put("organizationCode", a.getOrganizationCode());
        m.put("decisionNumber", a.getDecisionNumber());
        m.put("decisionDate", a.getDecisionDate());
        m.put("ceremonyDate", a.getCeremonyDate());
        m.put("olderApplicantException", a.values().olderApplicantException());
        m.put("educationAreaException", a.values().educationAreaException());
        m.put("awarenessCertificateNumber", a.getAwarenessCertNumber());
        m.put("certificateOverrideReason", a.getCertOverrideReason());
        return m;
    }
}
