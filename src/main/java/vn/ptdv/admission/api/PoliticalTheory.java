package vn.ptdv.admission.api;

/** Trình độ lý luận chính trị. */
public enum PoliticalTheory {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    ADVANCED("Cao cấp"),
    BACHELOR("Cử nhân");

    private final String label;

    PoliticalTheory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
