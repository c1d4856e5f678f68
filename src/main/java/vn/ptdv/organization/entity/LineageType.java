package vn.ptdv.organization.entity;

/** How a record came from its predecessor(s). */
public enum LineageType {
    /** Hợp nhất, sáp nhập: several predecessors, one successor. */
    MERGE,
    /** Chia tách: one predecessor, several successors. */
    SPLIT,
    /** Đổi tên. */
    RENAME,
    /** Chuyển trực thuộc: the unit moved under another parent. */
    REPARENT
}
