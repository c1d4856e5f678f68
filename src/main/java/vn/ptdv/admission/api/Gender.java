package vn.ptdv.admission.api;

/** Giới tính. */
public enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
