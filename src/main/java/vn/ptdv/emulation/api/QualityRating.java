package vn.ptdv.emulation.api;

/**
 * Xếp loại chất lượng tổ chức đảng (Quy định 124-QĐ/TW, kept by 366-QĐ/TW), highest first: a lower ordinal is a
 * better rating.
 */
public enum QualityRating {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HOAN_THANH_XUAT_SAC("Hoàn thành xuất sắc nhiệm vụ"),
    /** Hoàn thành tốt nhiệm vụ. */
    HOAN_THANH_TOT("Hoàn thành tốt nhiệm vụ"),
    /** Hoàn thành nhiệm vụ. */
    HOAN_THANH("Hoàn thành nhiệm vụ"),
    /** Không hoàn thành nhiệm vụ. */
    KHONG_HOAN_THANH("Không hoàn thành nhiệm vụ");

    private final String label;

    QualityRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this rating is the given one or better. */
    public boolean atLeast(QualityRating other) {
        return ordinal() <= other.ordinal();
    }
}
