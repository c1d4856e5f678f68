package vn.ptdv.organization.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.entity.LineageType;

/**
 * Request bodies of the organisation resources: classes with constrained public fields rather than records, because
 * Payara's OpenAPI generator fails on constraints on record components (see {@code RequestBodies}).
 */
public final class OrganizationRequests {

    private OrganizationRequests() {
    }

    /** Thành lập tổ chức: {@code POST /organizations}. */
    public static final class CreateOrganizationRequest {
        @NotBlank(message = "Mã tổ chức là bắt buộc.")
        public String code;
        @NotBlank(message = "Tên tổ chức là bắt buộc.")
        @Size(max = 300, message = "Tên tổ chức dài tối đa 300 ký tự.")
        public String name;
        @NotNull(message = "Loại tổ chức là bắt buộc.")
        public OrganizationKind kind;
        public String parentCode;
        @NotNull(message = "Ngày bắt đầu hiệu lực (validFrom) là bắt buộc.")
        public LocalDate validFrom;
    }

    /** Sửa thông tin: {@code PUT /organizations/{code}}. */
    public static final class UpdateOrganizationRequest {
        @NotBlank(message = "Tên tổ chức là bắt buộc.")
        @Size(max = 300, message = "Tên tổ chức dài tối đa 300 ký tự.")
        public String name;
        @NotNull(message = "Loại tổ chức là bắt buộc.")
        public OrganizationKind kind;
    }

    /** Giải thể / kết thúc hoạt động: {@code POST /organizations/{code}/closure}. */
    public static final class CloseRequest {
        @NotNull(message = "Ngày cuối cùng còn hiệu lực (lastDay) là bắt buộc.")
        public LocalDate lastDay;
        @Size(max = 500, message = "Lý do dài tối đa 500 ký tự.")
        public String reason;
    }

    /** Chuyển trực thuộc: {@code POST /organizations/{code}/reparent}. */
    public static final class ReparentRequest {
        @NotBlank(message = "Mã tổ chức cấp trên mới là bắt buộc.")
        public String newParentCode;
        @NotNull(message = "Ngày hiệu lực (effectiveDate) là bắt buộc.")
        public LocalDate effectiveDate;
        @Size(max = 500, message = "Ghi chú dài tối đa 500 ký tự.")
        public String note;
    }

    /** Hợp nhất, chia tách, đổi tên: {@code POST /organizations/transitions}. */
    public static final class TransitionRequest {
        @NotNull(message = "Loại thay đổi (type) là bắt buộc: MERGE, SPLIT hoặc RENAME.")
        public LineageType type;
        @NotNull(message = "Ngày hiệu lực (effectiveDate) là bắt buộc.")
        public LocalDate effectiveDate;
        @NotNull(message = "Danh sách tổ chức trước thay đổi là bắt buộc.")
        public List<String> predecessors;
        @NotNull(message = "Danh sách tổ chức sau thay đổi là bắt buộc.")
        public List<Successor> successors;
        @Size(max = 500, message = "Ghi chú dài tối đa 500 ký tự.")
        public String note;
    }

    /** A successor of a transition. */
    public static final class Successor {
        public String code;
        public String name;
        public OrganizationKind kind;
        public String parentCode;
    }

    /** Số đảng viên: {@code PUT /organizations/{code}/membership/{date}}. */
    public static final class MembershipRequest {
        @NotNull(message = "Tổng số đảng viên là bắt buộc.")
        public Integer total;
        @NotNull(message = "Số đảng viên nữ là bắt buộc.")
        public Integer women;
        @NotNull(message = "Số đảng viên dân tộc thiểu số là bắt buộc.")
        public Integer minorities;
        @NotNull(message = "Số đảng viên dự bị là bắt buộc.")
        public Integer probationary;
    }
}
