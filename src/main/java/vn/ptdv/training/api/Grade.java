package vn.ptdv.training.api;

/** Xếp loại: Giỏi, Khá, Trung bình pass; Không đạt fails. Thresholds are configuration (see GradeScale). */
public enum Grade {
    GIOI("Giỏi", true),
    KHA("Khá", true),
    TRUNG_BINH("Trung bình", true),
    KHONG_DAT("Không đạt", false);

    private final String label;
    private final boolean passed;

    Grade(String label, boolean passed) {
        this.label = label;
        this.passed = passed;
    }

    public String label() {
        return label;
    }

    public boolean passed() {
        return passed;
    }
}
