package vn.ptdv.emulation.control;

import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.entity.AchievementReport.Status;
import vn.ptdv.emulation.entity.Evaluation;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * The steps of an award dossier after the proposal is submitted (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023;
 * 12-HD/BTCTW for the party route): each proposed unit writes its báo cáo thành tích (DRAFT), submits it (SUBMITTED,
 * locked), the Ban Tổ chức of the level above checks it (ACCEPTED, or RETURNED with a reason: the unit edits it again);
 * the council meets once every report is accepted; the decision follows the council. Pure.
 */
final class AwardDossierRules {

    private AwardDossierRules() {
    }

    /** The dossier is worked on while the proposal waits for its decision. */
    static void checkOpen(Evaluation.Status proposal) {
        if (proposal != Evaluation.Status.SUBMITTED) {
            throw ProblemException.conflict(proposal == null ? "Phong trào chưa có đề nghị khen thưởng."
                    : proposal == Evaluation.Status.DRAFT ? "Đề nghị khen thưởng chưa được trình; hãy trình đề nghị trước."
                    : "Đề nghị khen thưởng đã được quyết định; hồ sơ không thay đổi được nữa.");
        }
    }

    /** The unit edits its report while it is a draft or was returned. */
    static void checkEditable(Status s) {
        if (s != Status.DRAFT && s != Status.RETURNED) {
            throw ProblemException.conflict(s == Status.SUBMITTED ? "Báo cáo thành tích đã trình, đang chờ thẩm định; không sửa được."
                    : "Báo cáo thành tích đã được thẩm định, chấp nhận; không sửa được.");
        }
    }

    /** A report is submitted with its achievements written. */
    static void checkSubmittable(Status s, String achievements) {
        checkEditable(s);
        if (achievements == null || achievements.isBlank()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Báo cáo thành tích chưa có phần thành tích đạt được.",
                    Map.of("achievements", "Chưa viết phần thành tích đạt được"));
        }
    }

    /** Only a submitted report is checked; one returned says why. */
    static void checkReviewable(Status s, boolean accepted, String reason) {
        if (s != Status.SUBMITTED) {
            throw ProblemException.conflict("Báo cáo thành tích " + (s == Status.ACCEPTED ? "đã được chấp nhận"
                    : "chưa được trình") + "; không thẩm định được.");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION, "Trả lại báo cáo thành tích cần nêu lý do.",
                    Map.of("reason", "Chưa nêu lý do trả lại"));
        }
    }

    /** The council meets on accepted reports only: the units whose report is not accepted yet are named. */
    static void checkAllAccepted(List<String> notAccepted) {
        if (!notAccepted.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Hội đồng chỉ xét khi mọi báo cáo thành tích đã được "
                    + "thẩm định, chấp nhận; còn: " + String.join("; ", notAccepted) + ".");
        }
    }

    /** Approving the proposal needs the council's meeting and at least one unit it voted for. */
    static void checkApprovable(boolean meetingRecorded, long passed) {
        if (!meetingRecorded) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Chưa có biên bản họp Hội đồng Thi đua – Khen thưởng; không phê duyệt được đề nghị khen thưởng.");
        }
        if (passed == 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Hội đồng không thông qua đơn vị nào; không có đơn vị để quyết định khen thưởng.");
        }
    }

    /** The longest báo cáo tóm tắt thành tích of the simplified procedure (the unit's only section). */
    static final int SUMMARY_MAX = 2000;

    /**
     * Thủ tục đơn giản: the unit writes a brief summary of its achievement (báo cáo tóm tắt thành tích), no other
     * section; 422 naming the sections that do not belong, or a summary too long.
     */
    static void checkSummary(String characteristics, String achievements, String measures) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (characteristics != null) {
            errors.put("characteristics", "Thủ tục đơn giản không có phần đặc điểm, tình hình");
        }
        if (measures != null) {
            errors.put("measures", "Thủ tục đơn giản không có phần biện pháp, giải pháp");
        }
        if (achievements != null && achievements.length() > SUMMARY_MAX) {
            errors.put("achievements", "Báo cáo tóm tắt thành tích tối đa " + SUMMARY_MAX + " ký tự");
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Phong trào khen thưởng theo thủ tục đơn giản: hồ sơ chỉ"
                    + " gồm báo cáo tóm tắt thành tích (phần thành tích đạt được), tối đa " + SUMMARY_MAX + " ký tự.", errors);
        }
    }

    /** The council step belongs to the full procedure: 409 with the reason under the simplified one. */
    static void checkCouncilStep(AwardDossier.Route route) {
        if (route.simplified()) {
            throw ProblemException.conflict("Phong trào khen thưởng theo thủ tục đơn giản (Điều 85 Luật Thi đua, khen"
                    + " thưởng 2022): không họp Hội đồng Thi đua – Khen thưởng, không biểu quyết; sau thẩm định, cấp có"
                    + " thẩm quyền quyết định khen thưởng trực tiếp.");
        }
    }

    /** Approving under the simplified procedure needs at least one summary the check accepted. */
    static void checkSimplifiedApprovable(long accepted) {
        if (accepted == 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Chưa có báo cáo tóm tắt thành tích nào được thẩm định,"
                    + " chấp nhận; không có đơn vị để quyết định khen thưởng.");
        }
    }
}
