package vn.ptdv.admission.api;

/** Trình độ giáo dục phổ thông, ordered from lowest to highest. */
public enum GeneralEducation {
    /** Tiểu học (lớp 1–5). */
    PRIMARY("Tiểu học"),
    /** Trung học cơ sở (lớp 6–9). */
    LOWER_SECONDARY("Trung học cơ sở"),
    /** Trung học phổ thông (lớp 10–12). */
    UPPER_SECONDARY("Trung học phổ thông");

    private final String label;

    GeneralEducation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(GeneralEducation other) {
        return compareTo(other) >= 0;
    }
}
