package vn.ptdv.admission.control;

/**
 * Where a probationary member stands on a given day: still in probation; due for consideration (the probation ends
 * within {@link ProbationRules#DUE_WINDOW_DAYS} days, or has ended and the 30-working-day limit has not passed);
 * overdue (the limit passed with no consideration); considered by the cell and awaiting the committee's decision;
 * recognised; removed.
 */
public enum ProbationStatus {
    PROBATION("Đang dự bị"),
    DUE("Đến hạn xét"),
    OVERDUE("Quá hạn xét"),
    CONSIDERED("Chi bộ đã xét, chờ quyết định"),
    RECOGNISED("Đã công nhận chính thức"),
    REMOVED("Đã xóa tên");

    private final String label;

    ProbationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
