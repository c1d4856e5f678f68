package vn.ptdv.training.api;

/** Loại lớp: bồi dưỡng nhận thức về Đảng (AWARENESS) or lý luận chính trị cho đảng viên mới (NEW_MEMBER). */
public enum CourseType {
    AWARENESS("Bồi dưỡng nhận thức về Đảng"),
    NEW_MEMBER("Bồi dưỡng lý luận chính trị dành cho đảng viên mới");

    private final String label;

    CourseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
