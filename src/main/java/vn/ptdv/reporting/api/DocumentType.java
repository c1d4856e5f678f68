package vn.ptdv.reporting.api;

/**
 * Tên loại văn bản with its abbreviation in the ký hiệu (docs/domain.md §4.3): a BÁO CÁO of the Ban Tổ chức Tỉnh ủy is
 * "Số …-BC/BTCTU".
 */
public enum DocumentType {
    /** Báo cáo. */
    REPORT("BÁO CÁO", "BC"),
    /** Danh sách (an administrative paper listing people or units). */
    LIST("DANH SÁCH", "DS"),
    /** Tờ trình. */
    SUBMISSION("TỜ TRÌNH", "TTr"),
    /** Hướng dẫn. */
    GUIDE("HƯỚNG DẪN", "HD"),
    /** Quyết định (e.g. công nhận đảng viên chính thức). */
    DECISION("QUYẾT ĐỊNH", "QĐ"),
    /** Biên bản (e.g. of the emulation council's meeting). */
    MINUTES("BIÊN BẢN", "BB");

    private final String title;
    private final String abbreviation;

    DocumentType(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    /** The type as printed above the trích yếu: "BÁO CÁO". */
    public String title() {
        return title;
    }

    /** The abbreviation in the ký hiệu: "BC". */
    public String abbreviation() {
        return abbreviation;
    }
}
