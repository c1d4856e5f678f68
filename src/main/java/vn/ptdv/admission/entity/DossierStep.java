package vn.ptdv.admission.entity;

/** The steps of an admission dossier (Hướng dẫn 06-HD/TW, mẫu 1-KNĐ … 8-KNĐ), in the order they are taken. */
public enum DossierStep {
    APPLICATION("Đơn xin vào Đảng", "1-KNĐ"),
    BACKGROUND("Lý lịch của người xin vào Đảng", "2-KNĐ"),
    VERIFICATION("Thẩm tra lý lịch", "—"),
    INTRODUCTION("Giấy giới thiệu người vào Đảng", "3-KNĐ, 4-KNĐ"),
    MASS_OPINION("Ý kiến của đoàn thể và chi ủy nơi cư trú", "5-KNĐ"),
    CELL_RESOLUTION("Nghị quyết của chi bộ đề nghị kết nạp", "6-KNĐ"),
    COMMITTEE_RESOLUTION("Nghị quyết của đảng ủy cơ sở", "8-KNĐ");

    private final String label;
    private final String form;

    DossierStep(String label, String form) {
        this.label = label;
        this.form = form;
    }

    public String label() {
        return label;
    }

    public String form() {
        return form;
    }
}
