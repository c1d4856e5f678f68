package vn.ptdv.admission.api;

/** Trình độ chuyên môn nghiệp vụ (highest attained). Stored separately, merged only when a report says so. */
public enum ProfessionalQualification {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    COLLEGE("Cao đẳng"),
    UNIVERSITY("Đại học"),
    MASTER("Thạc sĩ"),
    DOCTOR("Tiến sĩ");

    private final String label;

    ProfessionalQualification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
