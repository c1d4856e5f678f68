package vn.ptdv.training.api;

/** Đối tượng of a guide or a class. */
public enum Audience {
    PRIVATE_SECTOR("Đơn vị kinh tế tư nhân"),
    PUPILS_STUDENTS("Học sinh, sinh viên"),
    GENERAL("Chung");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
