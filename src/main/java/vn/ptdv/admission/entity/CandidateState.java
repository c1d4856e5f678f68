package vn.ptdv.admission.entity;

/** Where a candidate stands on the path to admission. */
public enum CandidateState {
    /** Quần chúng cảm tình Đảng, in the cell's pool. */
    POOL("Cảm tình Đảng"),
    /** Đã học lớp bồi dưỡng nhận thức về Đảng (certificate recorded). */
    AWARENESS("Đã học lớp nhận thức về Đảng"),
    /** Đang làm hồ sơ kết nạp (at least the application). */
    DOSSIER("Đang làm hồ sơ"),
    /** Đã kết nạp (the admission is recorded). */
    ADMITTED("Đã kết nạp"),
    /** Dừng (with a reason). */
    STOPPED("Dừng");

    private final String label;

    CandidateState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
