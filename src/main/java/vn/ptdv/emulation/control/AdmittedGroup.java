package vn.ptdv.emulation.control;

/** The groups of new members that GROUP_ADMITTED_AT_LEAST counts. */
public enum AdmittedGroup {
    WOMEN("nữ"),
    MINORITY("người dân tộc thiểu số"),
    PUPIL_STUDENT("học sinh, sinh viên"),
    PRIVATE_ECONOMIC_UNIT("trong đơn vị kinh tế tư nhân");

    private final String label;

    AdmittedGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
