package vn.ptdv.emulation.control;

import java.util.List;

/**
 * Loại tiêu chí: the criterion types a campaign may use, each with the parameters it takes. Criteria are data
 * ({@code {"type": "TARGET_RATIO_AT_LEAST", "parameters": {"percent": 120}}}); this list is the vocabulary.
 */
public enum CriterionType {
    /** Tỷ lệ kết nạp so với chỉ tiêu đăng ký ≥ percent%. */
    TARGET_RATIO_AT_LEAST("Tỷ lệ hoàn thành chỉ tiêu kết nạp", List.of("percent")),
    /** Số đảng viên kết nạp ≥ count. */
    ADMITTED_AT_LEAST("Số đảng viên kết nạp", List.of("count")),
    /** Số đảng viên kết nạp thuộc một nhóm (nữ, dân tộc thiểu số, học sinh sinh viên, kinh tế tư nhân) ≥ count. */
    GROUP_ADMITTED_AT_LEAST("Số đảng viên kết nạp thuộc nhóm", List.of("group", "count")),
    /** Đăng ký chỉ tiêu kết nạp không muộn hơn ngày date. */
    TARGET_REGISTERED_BY("Thời hạn đăng ký chỉ tiêu", List.of("date")),
    /** Xếp loại chất lượng mỗi năm của phong trào từ mức rating trở lên. */
    QUALITY_RATING_AT_LEAST("Xếp loại chất lượng tổ chức đảng", List.of("rating")),
    /** Không bị kỷ luật trong thời gian phong trào. */
    NO_DISCIPLINE("Không bị kỷ luật", List.of()),
    /** Không có trường hợp kết nạp vi phạm quy định chưa được xử lý. */
    NO_UNRESOLVED_VIOLATION("Không có vi phạm trong kết nạp chưa xử lý", List.of());

    private final String label;
    private final List<String> parameters;

    CriterionType(String label, List<String> parameters) {
        this.label = label;
        this.parameters = parameters;
    }

    public String label() {
        return label;
    }

    /** The parameter names the type requires (and the only ones it accepts). */
    public List<String> parameters() {
        return parameters;
    }
}
