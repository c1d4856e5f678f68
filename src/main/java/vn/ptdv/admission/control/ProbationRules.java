package vn.ptdv.admission.control;

import java.time.LocalDate;
import vn.ptdv.admission.entity.ProbationOutcome;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The rules of the consideration and recognition of a probationary member (Điều lệ Đảng, Điều 5; Quy định 294-QĐ/TW;
 * domain.md §1.3): the cell considers after the probation ends and within the limit of working days (a later
 * consideration needs a written explanation, công văn giải trình); recognition needs at least two thirds of the cell's
 * official members for it; the committee decides after the cell's resolution; the member is official from the end of
 * the probation even when decided later. Pure: dates, numbers and the calendar in, field errors out.
 */
public final class ProbationRules {

    /** Days before the end of a probation from which a member is listed as due. */
    public static final int DUE_WINDOW_DAYS = 30;

    private ProbationRules() {
    }

    /** What is being recorded: the cell's consideration, and the committee's decision when there is one. */
    public record Input(LocalDate considerationDate, Integer votesFor, Integer officialMembers, String explanation,
                        String decisionNumber, LocalDate decisionDate, ProbationOutcome outcome, String reason) {

        boolean decides() {
            return outcome != null || decisionDate != null || (decisionNumber != null && !decisionNumber.isBlank());
        }
    }

    /** What the record is checked against. {@code decidedOutcome}: the outcome already recorded, if any. */
    public record Facts(boolean withdrawn, LocalDate probationEnd, LocalDate deadline, int workingDays,
                        ProbationOutcome decidedOutcome, LocalDate decidedOn, LocalDate today) {
    }

    /** The day by which the cell must consider: {@code workingDays} working days after the end of the probation. */
    public static LocalDate deadline(WorkingCalendar calendar, LocalDate probationEnd, int workingDays) {
        return calendar.plusWorkingDays(probationEnd, workingDays);
    }

    /**
     * The latest end of probation whose limit has passed on {@code today}: a member whose probation ended on or before
     * it and who has not been considered is overdue. The limit grows with the end of the probation, so this one day
     * splits every probation into overdue or not, and a list query can use it.
     */
    public static LocalDate overdueCutoff(WorkingCalendar calendar, LocalDate today, int workingDays) {
        LocalDate p = today.minusDays(1);
        while (!calendar.plusWorkingDays(p, workingDays).isBefore(today)) {
            p = p.minusDays(1);
        }
        return p;
    }

    /** The status on {@code today} of a member with this probation end, consideration date and outcome. */
    public static ProbationStatus status(LocalDate probationEnd, LocalDate deadline, LocalDate considered,
                                         ProbationOutcome outcome, LocalDate today) {
        if (outcome == ProbationOutcome.RECOGNISED) {
            return ProbationStatus.RECOGNISED;
        }
        if (outcome == ProbationOutcome.REMOVED) {
            return ProbationStatus.REMOVED;
        }
        if (considered != null) {
            return ProbationStatus.CONSIDERED;
        }
        if (today.isAfter(deadline)) {
            return ProbationStatus.OVERDUE;
        }
        return probationEnd.isAfter(today.plusDays(DUE_WINDOW_DAYS)) ? ProbationStatus.PROBATION : ProbationStatus.DUE;
    }

    /** Whether the votes reach two thirds of the official members (ít nhất hai phần ba). */
    public static boolean twoThirds(int votesFor, int officialMembers) {
        return officialMembers > 0 && 3L * votesFor >= 2L * officialMembers;
    }

    /**
     * Checks a record: a 400 (shape: missing or malformed fields) or a 422 (a rule) listing every field, or nothing.
     */
    public static void check(Input in, Facts facts) {
        Violations shape = new Violations();
        shape.check(in.considerationDate() != null, "considerationDate",
                "Ngày nghị quyết của chi bộ xét công nhận là bắt buộc.");
        shape.check(in.votesFor() != null && in.votesFor() >= 0, "votesFor",
                "Số đảng viên chính thức tán thành là bắt buộc (số nguyên từ 0).");
        shape.check(in.officialMembers() != null && in.officialMembers() >= 1, "officialMembers",
                "Tổng số đảng viên chính thức của chi bộ là bắt buộc (từ 1).");
        shape.check(length(in.explanation()) <= 1000, "explanation", "Công văn giải trình dài tối đa 1000 ký tự.");
        shape.check(length(in.decisionNumber()) <= 60, "decisionNumber", "Số quyết định dài tối đa 60 ký tự.");
        shape.check(length(in.reason()) <= 1000, "reason", "Lý do xóa tên dài tối đa 1000 ký tự.");
        shape.throwIfAny();

        Violations rules = new Violations();
        if (facts.withdrawn()) {
            rules.add("admission", "Hồ sơ kết nạp đã rút: không xét công nhận đảng viên chính thức.");
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        if (facts.probationEnd() == null) {
            rules.add("ceremonyDate", "Hồ sơ chưa có ngày tổ chức lễ kết nạp: chưa tính được thời hạn dự bị.");
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        if (facts.decidedOutcome() != null) {
            rules.add("outcome", "Đảng viên đã có quyết định " + facts.decidedOutcome().label().toLowerCase(java.util.Locale.ROOT)
                    + (facts.decidedOn() == null ? "" : " ngày " + VietnameseFormat.date(facts.decidedOn()))
                    + ": không ghi lại.");
            rules.throwIfAny(ProblemType.UNPROCESSABLE);
        }
        LocalDate end = facts.probationEnd();
        LocalDate considered = in.considerationDate();
        rules.check(!considered.isBefore(end), "considerationDate", "Chi bộ xét công nhận sau khi hết thời hạn dự bị ("
                + VietnameseFormat.date(end) + "); ngày nghị quyết " + VietnameseFormat.date(considered) + " còn trong thời hạn dự bị.");
        rules.check(!considered.isAfter(facts.today()), "considerationDate",
                "Ngày nghị quyết của chi bộ không được sau ngày hôm nay.");
        rules.check(in.votesFor() <= in.officialMembers(), "votesFor", "Số tán thành (" + in.votesFor()
                + ") không được lớn hơn số đảng viên chính thức của chi bộ (" + in.officialMembers() + ").");
        if (considered.isAfter(facts.deadline()) && blank(in.explanation())) {
            rules.add("explanation", "Chi bộ xét sau thời hạn " + facts.workingDays() + " ngày làm việc kể từ khi hết dự bị (hạn "
                    + VietnameseFormat.date(facts.deadline()) + "): cần công văn giải trình (số, ngày và lý do).");
        }
        if (in.decides()) {
            rules.check(in.outcome() != null, "outcome",
                    "Chọn kết quả: RECOGNISED (công nhận chính thức) hoặc REMOVED (xóa tên).");
            rules.check(!blank(in.decisionNumber()), "decisionNumber", "Số quyết định của cấp ủy là bắt buộc.");
            rules.check(in.decisionDate() != null, "decisionDate", "Ngày quyết định của cấp ủy là bắt buộc.");
            if (in.decisionDate() != null) {
                rules.check(!in.decisionDate().isBefore(considered), "decisionDate", "Quyết định của cấp ủy ("
                        + VietnameseFormat.date(in.decisionDate()) + ") không được trước nghị quyết của chi bộ ("
                        + VietnameseFormat.date(considered) + ").");
                rules.check(!in.decisionDate().isAfter(facts.today()), "decisionDate",
                        "Ngày quyết định không được sau ngày hôm nay.");
            }
            if (in.outcome() == ProbationOutcome.RECOGNISED) {
                rules.check(twoThirds(in.votesFor(), in.officialMembers()), "votesFor", "Công nhận đảng viên chính thức cần "
                        + "ít nhất hai phần ba số đảng viên chính thức của chi bộ tán thành (" + in.votesFor() + "/"
                        + in.officialMembers() + ", cần ít nhất " + minimumVotes(in.officialMembers()) + ").");
            }
            if (in.outcome() == ProbationOutcome.REMOVED) {
                rules.check(!blank(in.reason()), "reason", "Xóa tên cần ghi lý do.");
            }
        }
        rules.throwIfAny(ProblemType.UNPROCESSABLE);
    }

    /** The fewest votes that make two thirds of the official members. */
    public static int minimumVotes(int officialMembers) {
        return (2 * officialMembers + 2) / 3;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
