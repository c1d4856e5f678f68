package vn.ptdv.organization.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.entity.LineageType;

/** Request bodies of the organisation resources. */
public final class OrganizationRequests {

    private OrganizationRequests() {
    }

    /** Thành lập tổ chức: {@code POST /organizations}. */
    public record CreateOrganizationRequest(
            @NotBlank(message = "Mã tổ chức là bắt buộc.") String code,
            @NotBlank(message = "Tên tổ chức là bắt buộc.") @Size(max = 300, message = "Tên tổ chức dài tối đa 300 ký tự.") String name,
            @NotNull(message = "Loại tổ chức là bắt buộc.") OrganizationKind kind,
            String parentCode,
            @NotNull(message = "Ngày bắt đầu hiệu lực (validFrom) là bắt buộc.") LocalDate validFrom) {
    }

    /** Sửa thông tin: {@code PUT /organizations/{code}}. */
    public record UpdateOrganizationRequest(
            @NotBlank(message = "Tên tổ chức là bắt buộc.") @Size(max = 300, message = "Tên tổ chức dài tối đa 300 ký tự.") String name,
            @NotNull(message = "Loại tổ chức là bắt buộc.") OrganizationKind kind) {
    }

    /** Giải thể / kết thúc hoạt động: {@code POST /organizations/{code}/closure}. */
    public record CloseRequest(
            @NotNull(message = "Ngày cuối cùng còn hiệu lực (lastDay) là bắt buộc.") LocalDate lastDay,
            @Size(max = 500, message = "Lý do dài tối đa 500 ký tự.") String reason) {
    }

    /** Chuyển trực thuộc: {@code POST /organizations/{code}/reparent}. */
    public record ReparentRequest(
            @NotBlank(message = "Mã tổ chức cấp trên mới là bắt buộc.") String newParentCode,
            @NotNull(message = "Ngày hiệu lực (effectiveDate) là bắt buộc.") LocalDate effectiveDate,
            @Size(max = 500, message = "Ghi chú dài tối đa 500 ký tự.") String note) {
    }

    /** Hợp nhất, chia tách, đổi tên: {@code POST /organizations/transitions}. */
    public record TransitionRequest(
            @NotNull(message = "Loại thay đổi (type) là bắt buộc: MERGE, SPLIT hoặc RENAME.") LineageType type,
            @NotNull(message = "Ngày hiệu lực (effectiveDate) là bắt buộc.") LocalDate effectiveDate,
            @NotNull(message = "Danh sách tổ chức trước thay đổi là bắt buộc.") List<String> predecessors,
            @NotNull(message = "Danh sách tổ chức sau thay đổi là bắt buộc.") List<Successor> successors,
            @Size(max = 500, message = "Ghi chú dài tối đa 500 ký tự.") String note) {
    }

    /** A successor of a transition. */
    public record Successor(String code, String name, OrganizationKind kind, String parentCode) {
    }

    /** Số đảng viên: {@code PUT /organizations/{code}/membership/{date}}. */
    public record MembershipRequest(
            @NotNull(message = "Tổng số đảng viên là bắt buộc.") Integer total,
            @NotNull(message = "Số đảng viên nữ là bắt buộc.") Integer women,
            @NotNull(message = "Số đảng viên dân tộc thiểu số là bắt buộc.") Integer minorities,
            @NotNull(message = "Số đảng viên dự bị là bắt buộc.") Integer probationary) {
    }
}
