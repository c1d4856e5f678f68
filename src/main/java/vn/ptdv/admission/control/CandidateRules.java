package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.util.Map;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.admission.entity.DossierStep;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The rules of a candidate's dossier (Hướng dẫn 06-HD/TW; domain.md §1): the steps in order, each on or after the one
 * before and not in the future; the cell's resolution with at least two thirds of its official members for it; the
 * awareness certificate (or the recorded reason for going on without one) before the cell's resolution; a dossier
 * older than 12 months from the application must be renewed; the admission decision after the committee's
 * resolution, a warning when later than the working-day limit after the cell's resolution. Pure.
 */
public final class CandidateRules {

    /** Months from the application after which the dossier must be made again. */
    public static final int DOSSIER_VALID_MONTHS = 12;

    private CandidateRules() {
    }

    /** The next step to take: the first not recorded, or null when the dossier is complete. */
    public static DossierStep next(Map<DossierStep, LocalDate> steps) {
        for (DossierStep s : DossierStep.values()) {
            if (!steps.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    /** Checks the recording (or the correction of the last recorded) step; 400 for shape, 422 for the rules. */
    public static void checkStep(CandidateState state, Map<DossierStep, LocalDate> steps, boolean awareness,
                                 DossierStep step, LocalDate date, Integer votesFor, Integer officialMembers,
                                 LocalDate today) {
        Violations shape = new Violations();
        shape.check(step != null, "step", "Bước hồ sơ không hợp lệ.");
        shape.check(date != null, "date", "Ngày của bước hồ sơ là bắt buộc (YYYY-MM-DD).");
        if (step == DossierStep.CELL_RESOLUTION) {
            shape.check(votesFor != null && votesFor >= 0, "votesFor", "Số đảng viên chính thức tán thành là bắt buộc.");
            shape.check(officialMembers != null && officialMembers >= 1, "officialMembers",
                    "Tổng số đảng viên chính thức của chi bộ là bắt buộc (từ 1).");
        }
        shape.throwIfAny();
        Violations rules = new Violations();
        if (state == CandidateState.ADMITTED || state == CandidateState.STOPPED) {
            rules.add("state", "Quần chúng " + (state == CandidateState.ADMITTED ? "đã được kết nạp" : "đã dừng")
                    + ": không ghi thêm hồ sơ.");
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        DossierStep next = next(steps);
        DossierStep last = lastRecorded(steps);
        if (step != next && step != last) {
            rules.add("step", next == null ? "Hồ sơ đã đủ các bước." : "Các bước hồ sơ phải theo thứ tự: bước tiếp theo là "
                    + next.label() + " (mẫu " + next.form() + ").");
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        rules.check(!date.isAfter(today), "date", "Ngày của bước hồ sơ không được sau ngày hôm nay.");
        DossierStep before = step.ordinal() == 0 ? null : DossierStep.values()[step.ordinal() - 1];
        if (before != null && steps.get(before) != null) {
            rules.check(!date.isBefore(steps.get(before)), "date", step.label() + " không được trước " + before.label()
                    .toLowerCase(java.util.Locale.ROOT) + " (" + VietnameseFormat.date(steps.get(before)) + ").");
        }
        LocalDate application = step == DossierStep.APPLICATION ? date : steps.get(DossierStep.APPLICATION);
        if (application != null && date.isAfter(application.plusMonths(DOSSIER_VALID_MONTHS))) {
            rules.add("date", "Hồ sơ đã quá " + DOSSIER_VALID_MONTHS + " tháng kể từ ngày làm đơn ("
                    + VietnameseFormat.date(application) + "): phải làm lại hồ sơ.");
        }
        if (step == DossierStep.CELL_RESOLUTION) {
            rules.check(awareness, "awareness", "Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng: chi bộ chưa "
                    + "xét đề nghị kết nạp.");
            rules.check(votesFor <= officialMembers, "votesFor", "Số tán thành (" + votesFor
                    + ") không được lớn hơn số đảng viên chính thức của chi bộ (" + officialMembers + ").");
            rules.check(ProbationRules.twoThirds(votesFor, officialMembers), "votesFor", "Nghị quyết đề nghị kết nạp cần ít "
                    + "nhất hai phần ba số đảng viên chính thức của chi bộ tán thành (" + votesFor + "/" + officialMembers
                    + ", cần ít nhất " + ProbationRules.minimumVotes(officialMembers) + ").");
        }
        rules.throwIfAny(ProblemType.UNPROCESSABLE);
    }

    /**
     * Checks the admission of a candidate: the dossier complete, the decision on or after the committee's resolution,
     * within 12 months of the application. Returns the warning of a decision later than {@code limit} working days
     * after the cell's resolution, or null.
     */
    public static String checkAdmission(CandidateState state, Map<DossierStep, LocalDate> steps, LocalDate decisionDate,
                                        WorkingCalendar calendar, int limit) {
        Violations rules = new Violations();
        if (state == CandidateState.ADMITTED || state == CandidateState.STOPPED) {
            rules.add("state", "Quần chúng " + (state == CandidateState.ADMITTED ? "đã được kết nạp." : "đã dừng."));
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        LocalDate committee = steps.get(DossierStep.COMMITTEE_RESOLUTION);
        if (committee == null) {
            DossierStep next = next(steps);
            rules.add("dossier", "Hồ sơ chưa đủ: còn thiếu " + next.label().toLowerCase(java.util.Locale.ROOT) + " (mẫu "
                    + next.form() + ").");
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        if (decisionDate != null) {
            rules.check(!decisionDate.isBefore(committee), "decisionDate", "Quyết định kết nạp không được trước nghị quyết "
                    + "của đảng ủy cơ sở (" + VietnameseFormat.date(committee) + ").");
            LocalDate application = steps.get(DossierStep.APPLICATION);
            rules.check(!decisionDate.isAfter(application.plusMonths(DOSSIER_VALID_MONTHS)), "decisionDate",
                    "Hồ sơ đã quá " + DOSSIER_VALID_MONTHS + " tháng kể từ ngày làm đơn (" + VietnameseFormat.date(application)
                            + "): phải làm lại hồ sơ trước khi quyết định kết nạp.");
        }
        rules.throwIfAny(ProblemType.UNPROCESSABLE);
        if (decisionDate == null) {
            return null;
        }
        LocalDate deadline = calendar.plusWorkingDays(steps.get(DossierStep.CELL_RESOLUTION), limit);
        return decisionDate.isAfter(deadline) ? "Quyết định kết nạp sau thời hạn " + limit + " ngày làm việc kể từ nghị "
                + "quyết của chi bộ (hạn " + VietnameseFormat.date(deadline) + ")." : null;
    }

    /** The last day a dossier begun with this application is valid for an admission decision (null: not begun). */
    public static LocalDate dossierValidUntil(Map<DossierStep, LocalDate> steps) {
        LocalDate application = steps.get(DossierStep.APPLICATION);
        return application == null ? null : application.plusMonths(DOSSIER_VALID_MONTHS);
    }

    static DossierStep lastRecorded(Map<DossierStep, LocalDate> steps) {
        DossierStep last = null;
        for (DossierStep s : DossierStep.values()) {
            if (steps.containsKey(s)) {
                last = s;
            }
        }
        return last;
    }
}
