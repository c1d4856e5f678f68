package vn.ptdv.admission.api;

/** Nghề nghiệp / lĩnh vực công tác at admission, as the statistical reports break it down. */
public enum Occupation {
    /** Cán bộ, công chức, viên chức. */
    CIVIL_SERVANT("Cán bộ, công chức, viên chức"),
    /** Công nhân. */
    WORKER("Công nhân"),
    /** Nông dân. */
    FARMER("Nông dân"),
    /** Lực lượng vũ trang (quân đội, công an). */
    ARMED_FORCES("Lực lượng vũ trang"),
    /** Học sinh, sinh viên. */
    PUPIL_STUDENT("Học sinh, sinh viên"),
    /** Người lao động trong đơn vị kinh tế tư nhân. */
    PRIVATE_ECONOMIC_UNIT("Đơn vị kinh tế tư nhân"),
    /** Other occupations. */
    OTHER("Khác");

    private final String label;

    Occupation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
