package vn.ptdv.organization.api;

/** Loại tổ chức đảng: the kind of a party organisation in the tree. */
public enum OrganizationKind {
    /** Đảng bộ tỉnh. */
    PROVINCIAL_COMMITTEE("Đảng bộ tỉnh"),
    /** Đảng bộ cấp trên cơ sở (huyện, thị xã, thành phố; đảng bộ trực thuộc tỉnh ủy). */
    UPPER_GRASSROOTS_COMMITTEE("Đảng bộ cấp trên cơ sở"),
    /** Đảng bộ cơ sở (xã, phường, thị trấn; cơ quan, doanh nghiệp). */
    GRASSROOTS_COMMITTEE("Đảng bộ cơ sở"),
    /** Đảng bộ bộ phận. */
    PARTIAL_COMMITTEE("Đảng bộ bộ phận"),
    /** Chi bộ trực thuộc đảng ủy cơ sở. */
    CELL("Chi bộ trực thuộc"),
    /** Chi bộ cơ sở. */
    GRASSROOTS_CELL("Chi bộ cơ sở");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the kind. */
    public String label() {
        return label;
    }
}
