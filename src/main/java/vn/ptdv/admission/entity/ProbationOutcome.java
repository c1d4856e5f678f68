package vn.ptdv.admission.entity;

/** The committee's decision at the end of a probation: công nhận đảng viên chính thức, or xóa tên. */
public enum ProbationOutcome {
    RECOGNISED("Công nhận đảng viên chính thức"),
    REMOVED("Xóa tên trong danh sách đảng viên");

    private final String label;

    ProbationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
