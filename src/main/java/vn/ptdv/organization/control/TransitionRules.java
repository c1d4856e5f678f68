package vn.ptdv.organization.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.entity.LineageType;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * The shapes of the changes of a unit over time (docs/domain.md §6.3): closing (giải thể), moving (chuyển trực thuộc), merging
 * (hợp nhất), splitting (chia tách) and renaming (đổi tên). Each check throws the problem the API answers; pure, no
 * database.
 */
final class TransitionRules {

    private TransitionRules() {
    }

    /** Closing: the last day is required. */
    static void checkClosing(LocalDate lastDay) {
        Violations v = new Violations();
        v.check(lastDay != null, "lastDay", "Ngày cuối cùng còn hiệu lực (lastDay) là bắt buộc.");
        v.throwIfAny();
    }

    /** Closing from {@code lastDay}: no unit being closed with it may start after that day. */
    static void checkClosable(String code, LocalDate lastDay, String unitCode, LocalDate unitValidFrom) {
        if (unitValidFrom.isAfter(lastDay)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Không thể giải thể " + code + " từ ngày này: tổ chức "
                    + unitCode + " trực thuộc chỉ có hiệu lực từ " + VietnameseFormat.date(unitValidFrom) + ".");
        }
    }

    /** Moving: the new parent and the date are required. */
    static void checkMove(String newParentCode, LocalDate effectiveDate) {
        Violations v = new Violations();
        v.check(effectiveDate != null, "effectiveDate", "Ngày hiệu lực (effectiveDate) là bắt buộc.");
        v.check(VietnameseText.clean(newParentCode) != null, "newParentCode", "Mã tổ chức cấp trên mới là bắt buộc.");
        v.throwIfAny();
    }

    /**
     * Moving a unit under a new parent: not under itself or its own units, only where its kind may stand, and only
     * after the unit's record began.
     */
    static void checkMoveTarget(String code, String path, OrganizationKind kind, LocalDate validFrom, String newParentPath,
                                OrganizationKind newParentKind, LocalDate effectiveDate) {
        if (newParentPath.startsWith(path)) {
            throw new ProblemException(ProblemType.VALIDATION, "Không thể chuyển một tổ chức vào dưới chính nó hoặc tổ chức trực thuộc nó.",
                    Map.of("newParentCode", "Tổ chức cấp trên mới nằm trong cây của tổ chức được chuyển"));
        }
        if (!OrganizationRules.mayStandUnder(kind, newParentKind)) {
            throw new ProblemException(ProblemType.VALIDATION, OrganizationRules.placementMessage(kind) + ".",
                    Map.of("newParentCode", OrganizationRules.placementMessage(kind)));
        }
        if (!validFrom.isBefore(effectiveDate)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Ngày hiệu lực phải sau ngày bắt đầu hiệu lực của " + code + ".");
        }
    }

    /**
     * A merge, split or rename: its type, date and both sides are required, then a merge takes two or more into one, a
     * split one into two or more, a rename one into one.
     */
    static void checkShape(LineageType type, LocalDate effectiveDate, List<String> predecessors,
                           List<NewOrganization> successors) {
        Violations v = new Violations();
        v.check(type != null && type != LineageType.REPARENT, "type", "Loại thay đổi phải là MERGE, SPLIT hoặc RENAME (dùng reparent để chuyển trực thuộc).");
        v.check(effectiveDate != null, "effectiveDate", "Ngày hiệu lực (effectiveDate) là bắt buộc.");
        v.check(predecessors != null && !predecessors.isEmpty(), "predecessors", "Cần ít nhất một tổ chức trước thay đổi.");
        v.check(successors != null && !successors.isEmpty(), "successors", "Cần ít nhất một tổ chức sau thay đổi.");
        v.throwIfAny();
        v.check(type != LineageType.MERGE || (predecessors.size() >= 2 && successors.size() == 1), "predecessors",
                "Hợp nhất cần từ hai tổ chức trở lên và đúng một tổ chức mới.");
        v.check(type != LineageType.SPLIT || (predecessors.size() == 1 && successors.size() >= 2), "successors",
                "Chia tách cần đúng một tổ chức và từ hai tổ chức mới trở lên.");
        v.check(type != LineageType.RENAME || (predecessors.size() == 1 && successors.size() == 1), "successors",
                "Đổi tên cần đúng một tổ chức trước và một tổ chức sau.");
        v.throwIfAny();
    }

    /** A predecessor (valid the day before the change) must not already end on another day. */
    static void checkPredecessorEnd(String code, LocalDate validTo, LocalDate effectiveDate) {
        LocalDate lastDay = effectiveDate.minusDays(1);
        if (validTo != null && !validTo.isBefore(effectiveDate) || validTo != null && validTo.isBefore(lastDay)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + code + " đã có ngày kết thúc khác.");
        }
    }

    /** A split leaves no unit behind: the predecessor's open units must be moved or closed first. */
    static void checkNoUnitsLeft(String code, int openChildren, int successors) {
        if (openChildren > 0 && successors > 1) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + code + " còn " + openChildren
                    + " tổ chức trực thuộc: hãy chuyển trực thuộc hoặc giải thể chúng trước khi chia tách.");
        }
    }

    /** The parent of a successor: the one it names, else for a rename the predecessor's parent, else none. */
    static String successorParent(LineageType type, NewOrganization successor, String predecessorParentCode) {
        return successor.parentCode() != null ? successor.parentCode()
                : (type == LineageType.RENAME ? predecessorParentCode : null);
    }
}
