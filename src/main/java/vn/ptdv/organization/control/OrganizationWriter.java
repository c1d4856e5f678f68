package vn.ptdv.organization.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * What the changes of the tree share: opening a checked record, the caller's scope over a placement or a record, the
 * audit description of a record. Package-private: only the organisation services call it, in their transaction.
 */
@Dependent
public class OrganizationWriter {

    @Inject
    OrganizationRepository tree;

    @Inject
    AuditLog audit;

    /**
     * Opens a record after checking the request (code, name, kind, validity, a parent valid on the first day where the
     * kind may stand, no record of the code in the same time); {@code justOpened} are records of this batch by code.
     */
    Organization open(NewOrganization n, Map<String, Organization> justOpened) {
        Violations v = new Violations();
        String code = n.code() == null ? null : n.code().strip();
        v.check(code != null && OrganizationRules.CODE.matcher(code).matches(), "code",
                "Mã tổ chức chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (ví dụ LC-VB-NM), tối đa 64 ký tự.");
        String name = VietnameseText.clean(n.name());
        String nameProblem = NameRules.organizationName(name);
        v.check(nameProblem == null, "name", nameProblem);
        v.check(name == null || name.length() <= 300, "name", "Tên tổ chức dài tối đa 300 ký tự.");
        v.check(n.kind() != null, "kind", "Loại tổ chức là bắt buộc (PROVINCIAL_COMMITTEE, UPPER_GRASSROOTS_COMMITTEE, "
                + "GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE, CELL, GRASSROOTS_CELL).");
        v.check(n.validFrom() != null, "validFrom", "Ngày bắt đầu hiệu lực (validFrom) là bắt buộc.");
        Organization parent = null;
        if (n.kind() != null && n.validFrom() != null) {
            String parentCode = VietnameseText.clean(n.parentCode());
            if (OrganizationRules.isRootKind(n.kind())) {
                v.check(parentCode == null, "parentCode", OrganizationRules.placementMessage(n.kind()) + ".");
            } else if (parentCode == null) {
                v.add("parentCode", "Mã tổ chức cấp trên là bắt buộc: " + OrganizationRules.placementMessage(n.kind()) + ".");
            } else {
                Organization p = justOpened.get(parentCode);
                parent = p != null && p.validOn(n.validFrom()) ? p : tree.validOn(parentCode, n.validFrom()).orElse(null);
                if (parent == null) {
                    v.add("parentCode", "Không có tổ chức cấp trên mã " + parentCode + " còn hiệu lực vào ngày "
                            + VietnameseFormat.date(n.validFrom()) + ".");
                } else if (!OrganizationRules.mayStandUnder(n.kind(), parent.getKind())) {
                    v.add("kind", OrganizationRules.placementMessage(n.kind()) + "; " + parent.getCode() + " là "
                            + parent.getKind().label().toLowerCase(Locale.ROOT) + ".");
                }
            }
        }
        v.throwIfAny();
        if (justOpened.containsKey(code) || overlaps(code, n.validFrom())) {
            throw new ProblemException(ProblemType.CONFLICT, "Mã tổ chức " + code
                    + " đã được dùng cho một tổ chức còn hiệu lực trong cùng thời gian.", Map.of("code", "Mã đã tồn tại"));
        }
        Organization o = new Organization(code, name, n.kind(), parent, n.validFrom());
        tree.persist(o);
        o.placeUnder(parent);
        return o;
    }

    private boolean overlaps(String code, java.time.LocalDate from) {
        return tree.records(code).stream().anyMatch(o -> o.getValidTo() == null || !o.getValidTo().isBefore(from));
    }

    /** A top-level organisation needs an unrestricted caller; any other needs a parent code the caller covers. */
    void checkPlacementInScope(Caller caller, NewOrganization request) {
        if (request.parentCode() == null || request.parentCode().isBlank()) {
            if (!caller.unrestricted()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Chỉ quản trị hệ thống được thành lập tổ chức cấp cao nhất.");
            }
            return;
        }
        boolean parentVisible = tree.records(request.parentCode().strip()).stream().anyMatch(o -> caller.covers(o.getPath()));
        if (!parentVisible) {
            throw new ProblemException(ProblemType.VALIDATION, "Không tìm thấy tổ chức cấp trên mã " + request.parentCode() + ".",
                    Map.of("parentCode", "Không tìm thấy tổ chức cấp trên"));
        }
    }

    /** A record outside the caller's scope is answered (and audited) as one that does not exist. */
    void inScope(Caller caller, Organization o) {
        if (!caller.covers(o.getPath())) {
            audit.denied(caller.username(), "MANAGE_ORGANIZATION", "outside scope " + caller.scopeCode());
            throw OrganizationProblems.notFound(o.getCode());
        }
    }

    /** The record as the audit trail keeps it (JSON). */
    static String describe(Organization o) {
        return "{\"code\":\"" + o.getCode() + "\",\"name\":\"" + o.getName().replace("\"", "'") + "\",\"kind\":\"" + o.getKind()
                + "\",\"parentCode\":" + (o.getParentCode() == null ? "null" : "\"" + o.getParentCode() + "\"")
                + ",\"validFrom\":\"" + o.getValidFrom() + "\",\"validTo\":" + (o.getValidTo() == null ? "null" : "\"" + o.getValidTo() + "\"") + "}";
    }
}
