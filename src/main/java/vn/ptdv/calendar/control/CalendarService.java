package vn.ptdv.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ptdv.calendar.entity.CalendarDay;
import vn.ptdv.calendar.entity.CalendarYear;
import vn.ptdv.calendar.entity.DayKind;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/** Keeps the calendar year by year: a year's list of days is replaced as a whole, checked, and audited. */
@ApplicationScoped
public class CalendarService {

    @Inject
    CalendarRepository repository;

    @Inject
    AuditLog audit;

    /** The years kept, oldest first, with their sources and counts of listed days (two queries in all). */
    public List<YearSummary> summaries() {
        java.util.Map<Integer, long[]> counts = repository.countsByYear();
        return repository.allYears().stream().map(y -> {
            long[] c = counts.getOrDefault(y.getYear(), new long[2]);
            return new YearSummary(y.getYear(), y.getSource(), (int) c[0], (int) c[1]);
        }).toList();
    }

    /** A kept year: its source, its weekdays off and its weekend days worked. */
    public record YearSummary(int year, String source, int daysOff, int workingWeekendDays) {
    }

    /** A year's source and who changed it, if the year is kept. */
    public java.util.Optional<CalendarYear> year(int year) {
        return repository.year(year);
    }

    /** A year's listed days, by date. */
    public List<CalendarDay> days(int year) {
        return repository.days(year);
    }

    /** A listed day as given. */
    public record Day(LocalDate date, DayKind kind, String name) {
    }

    /**
     * Replaces the year's days: every date inside the year, listed once, with a name; a day off is a weekday (a
     * weekend is off already), a working day is a Saturday or Sunday (a weekday works already); a source is required.
     */
    @Transactional
    public void replace(int year, String source, List<Day> days, String by) {
        Violations v = new Violations();      // shape: 400
        Violations rules = new Violations();  // rules: 422
        String src = source == null ? "" : VietnameseText.clean(source);
        v.check(!src.isBlank(), "source", "Nguồn (văn bản thông báo lịch nghỉ) là bắt buộc.");
        v.check(src.length() <= 1000, "source", "Nguồn dài tối đa 1000 ký tự.");
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < (days == null ? 0 : days.size()); i++) {
            Day d = days.get(i);
            String f = "days[" + i + "]";
            if (d == null || d.date() == null) {
                v.add(f + ".date", "Ngày thứ " + (i + 1) + " thiếu ngày (YYYY-MM-DD).");
                continue;
            }
            String when = VietnameseFormat.date(d.date());
            rules.check(d.date().getYear() == year, f + ".date", "Ngày " + when + " không thuộc năm " + year + ".");
            rules.check(seen.add(d.date()), f + ".date", "Ngày " + when + " được liệt kê hai lần.");
            v.check(d.kind() != null, f + ".kind", "Ngày " + when + " thiếu loại (OFF: nghỉ, WORKING: làm bù).");
            String name = d.name() == null ? "" : VietnameseText.clean(d.name());
            v.check(!name.isBlank(), f + ".name", "Ngày " + when + " thiếu tên (ví dụ: Tết Nguyên đán).");
            v.check(name.length() <= 200, f + ".name", "Tên ngày " + when + " dài tối đa 200 ký tự.");
            boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.kind() == DayKind.OFF) {
                rules.check(!weekend, f + ".kind", "Ngày " + when + " là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ: ngày "
                        + "nghỉ bù phải ghi vào ngày làm việc được nghỉ.");
            } else if (d.kind() == DayKind.WORKING) {
                rules.check(weekend, f + ".kind", "Ngày " + when + " là ngày làm việc trong tuần: chỉ thứ Bảy hoặc Chủ nhật "
                        + "mới có thể là ngày làm bù.");
            }
        }
        v.throwIfAny();
        rules.throwIfAny(ProblemType.UNPROCESSABLE);

        CalendarYear y = repository.year(year).orElse(null);
        String before = y == null ? null : describe(y.getSource(), repository.days(year));
        if (y == null) {
            y = new CalendarYear(year);
            y.set(src, by);
            repository.persist(y);
        } else {
            y.set(src, by);
        }
        repository.deleteDays(year);
        repository.flush();
        List<CalendarDay> stored = days == null ? List.of() : days.stream()
                .map(d -> new CalendarDay(d.date(), d.kind(), VietnameseText.clean(d.name()))).toList();
        stored.forEach(repository::persist);
        audit.change("calendar.replace", String.valueOf(year), null, before, describe(src, stored));
    }

    static String describe(String source, List<CalendarDay> days) {
        return source + " | " + days.stream().map(d -> d.getDate() + " " + d.getKind() + " " + d.getName())
                .collect(Collectors.joining("; "));
    }
}
