package vn.ptdv.admission.api;

/**
 * Cảnh báo trên hồ sơ kết nạp, derived from stored columns (so lists filter and count them in SQL).
 * OVERRIDDEN and MISSING are unresolved violations; DUE is a reminder.
 */
public enum WarningCode {
    /** Kết nạp khi chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng hợp lệ (with the recorded reason). */
    AWARENESS_CERTIFICATE_OVERRIDDEN,
    /** Hết thời hạn dự bị mà chưa có giấy chứng nhận lớp bồi dưỡng đảng viên mới cấp trong thời gian dự bị. */
    NEW_MEMBER_COURSE_MISSING,
    /** Thời hạn dự bị kết thúc trong 60 ngày tới, chưa có giấy chứng nhận lớp bồi dưỡng đảng viên mới. */
    NEW_MEMBER_COURSE_DUE;

    /** Whether it counts as an unresolved violation (emulation criteria). */
    public boolean violation() {
        return this != NEW_MEMBER_COURSE_DUE;
    }
}
