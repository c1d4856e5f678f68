package vn.ptdv.emulation.control;

import vn.ptdv.emulation.entity.Evaluation.Status;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * Đề nghị khen thưởng: DRAFT → SUBMITTED → APPROVED or REJECTED. A submitted or approved proposal freezes the
 * evaluation, a submitted one the campaign's definition; only a current draft is submitted, only a submitted proposal
 * is decided. Each check throws the 409 or 422 the API answers; pure.
 */
final class ProposalRules {

    private ProposalRules() {
    }

    /** A campaign is re-evaluated unless its latest proposal ({@code latest}, null: none) waits or was approved. */
    static void checkEvaluable(Status latest) {
        if (latest == Status.SUBMITTED || latest == Status.APPROVED) {
            throw ProblemException.conflict("Đề nghị khen thưởng đã " + (latest == Status.SUBMITTED
                    ? "trình, đang chờ quyết định" : "được phê duyệt") + "; không bình xét lại được.");
        }
    }

    /** A campaign's definition changes unless its latest proposal waits for a decision. */
    static void checkEditable(Status latest) {
        if (latest == Status.SUBMITTED) {
            throw ProblemException.conflict("Đề nghị khen thưởng của phong trào đang chờ quyết định; không sửa được phong trào.");
        }
    }

    /** The latest evaluation ({@code latest}, null: none) is submitted when it is a draft of the current definition. */
    static void checkSubmittable(Status latest, int evaluatedVersion, int currentVersion) {
        if (latest == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Phong trào chưa được bình xét; hãy chạy bình xét trước khi trình đề nghị khen thưởng.");
        }
        if (latest != Status.DRAFT && latest != Status.REJECTED) {
            throw ProblemException.conflict("Đề nghị khen thưởng đang ở trạng thái " + latest + ", không trình lại được.");
        }
        if (latest == Status.REJECTED) {
            throw ProblemException.conflict("Đề nghị đã bị từ chối; hãy bình xét lại rồi trình đề nghị mới.");
        }
        if (evaluatedVersion != currentVersion) {
            throw ProblemException.conflict("Kết quả bình xét dùng phiên bản " + evaluatedVersion
                    + " của phong trào, nay là phiên bản " + currentVersion + "; hãy bình xét lại.");
        }
    }

    /** Only a submitted proposal waits for a decision. */
    static void checkDecidable(Status latest) {
        if (latest != Status.SUBMITTED) {
            throw ProblemException.conflict("Không có đề nghị khen thưởng nào đang chờ quyết định.");
        }
    }

    /**
     * Approval takes the issued decision's number and date: a number or date the caller still types (the API before
     * issued documents) must be those of the issued document, else the approval is refused (422) naming them.
     */
    static void checkIssuedDecision(String issuedNumber, java.time.LocalDate issuedOn, String typedNumber,
                                    java.time.LocalDate typedDate) {
        boolean otherNumber = typedNumber != null && !typedNumber.isBlank() && !typedNumber.strip().equals(issuedNumber);
        boolean otherDate = typedDate != null && !typedDate.equals(issuedOn);
        if (otherNumber || otherDate) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Quyết định khen thưởng đã ban hành là số " + issuedNumber
                    + " ngày " + vn.ptdv.shared.VietnameseFormat.date(issuedOn) + "; phê duyệt theo đúng số và ngày đó"
                    + " (có thể bỏ trống số và ngày).");
        }
    }
}
