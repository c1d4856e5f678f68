package vn.ptdv.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AdmissionRegistry.ProbationRecord;
import vn.ptdv.calendar.api.WorkingCalendar;

/**
 * The demo's considerations and recognitions (issue #16 item 8): every admission of 2020–2024 whose 12-month
 * probation has ended by {@code asOf} is considered by its cell and decided by the signing committee, deterministically
 * from its decision number: most within the 30 working days and recognised (unanimously or nearly), about one in
 * eleven later with a written explanation, about one in thirty-seven removed (fewer than two thirds for it), and about
 * one in two hundred of the 2024 cohort not yet considered (the overdue worklist of the demo). Invented figures, like
 * the rest of the demo.
 */
public final class LaoCaiProbations {

    /** The day the demo's considerations are planned up to: every probation of the seed has been decided by then. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final int PROBATION_MONTHS = 12;
    static final int LIMIT_WORKING_DAYS = 30;

    private static final String[] LATE = {
            "chi bộ chưa đủ số đảng viên chính thức dự họp do mùa vụ",
            "bí thư chi bộ đi học tập trung, chi bộ họp bổ sung",
            "đảng viên dự bị đi làm ăn xa, chi bộ chờ nhận xét của nơi cư trú",
            "chờ ý kiến nhận xét của đoàn thể chính trị – xã hội nơi công tác"};
    private static final String[] REMOVED = {
            "Không đủ tư cách đảng viên chính thức: không hoàn thành nhiệm vụ đảng viên dự bị",
            "Bỏ sinh hoạt chi bộ ba tháng trong năm không có lý do chính đáng",
            "Vi phạm kỷ luật trong thời gian dự bị"};

    private LaoCaiProbations() {
    }

    public static List<ProbationRecord> plan(List<AdmissionSeed> admissions, WorkingCalendar calendar, LocalDate asOf) {
        return plan(admissions, calendar, asOf, 2000);
    }

    /**
     * As {@link #plan(List, WorkingCalendar, LocalDate)}, the decisions of each committee and year numbered after
     * {@code numbersFrom} (a later plan of the same committees numbers above an earlier one's).
     */
    public static List<ProbationRecord> plan(List<AdmissionSeed> admissions, WorkingCalendar calendar, LocalDate asOf,
                                             int numbersFrom) {
        List<AdmissionSeed> ended = admissions.stream().filter(a -> a.ceremonyDate() != null)
                .filter(a -> !a.ceremonyDate().plusMonths(PROBATION_MONTHS).isAfter(asOf))
                .sorted(Comparator.comparing(AdmissionSeed::ceremonyDate).thenComparing(AdmissionSeed::decisionNumber))
                .toList();
        Map<String, Integer> running = new HashMap<>();
        List<ProbationRecord> out = new ArrayList<>();
        for (AdmissionSeed a : ended) {
            int h = a.decisionNumber().hashCode() & 0x7fffffff;
            LocalDate end = a.ceremonyDate().plusMonths(PROBATION_MONTHS);
            LocalDate deadline = calendar.plusWorkingDays(end, LIMIT_WORKING_DAYS);
            if (end.getYear() == 2025 && h % 211 == 0) {
                continue;  // not yet considered: overdue today
            }
            int members = 6 + h % 35;
            boolean removed = h % 37 == 1;
            boolean late = !removed && h % 11 == 2;
            LocalDate considered = late ? calendar.plusWorkingDays(deadline, 3 + h % 15)
                    : calendar.plusWorkingDays(end, 2 + h % 25);
            LocalDate decided = calendar.plusWorkingDays(considered, 5 + h % 10);
            if (decided.isAfter(asOf)) {
                continue;
            }
            int minimum = (2 * members + 2) / 3;
            int votes = removed ? Math.max(0, minimum - 1 - (h / 37) % 2) : Math.max(minimum, members - (h / 7) % 3);
            String symbol = a.decisionNumber().substring(a.decisionNumber().indexOf("-QĐ/"));
            String register = decided.getYear() + symbol;
            int number = running.merge(register, 1, Integer::sum) + numbersFrom;
            String explanation = late ? "Công văn " + (100 + h % 400) + "-CV/CB ngày "
                    + vn.ptdv.shared.VietnameseFormat.date(considered) + ": " + LATE[h % LATE.length] : null;
            out.add(new ProbationRecord(a.decisionNumber(), considered, votes, members, explanation, number + symbol,
                    decided, removed ? "REMOVED" : "RECOGNISED", removed ? REMOVED[h % REMOVED.length] : null));
        }
        return out;
    }
}
