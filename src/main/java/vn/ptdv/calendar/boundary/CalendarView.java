package vn.ptdv.calendar.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** A year of the calendar as the pages show it. */
@JsonbPropertyOrder({"year", "kept", "source", "updatedAt", "updatedBy", "workingDays", "daysOff", "days"})
public record CalendarView(int year, boolean kept, String source, String updatedAt, String updatedBy, int workingDays,
                           int daysOff, List<DayView> days) {

    /** A listed day: {@code OFF} (nghỉ) or {@code WORKING} (làm bù), with its weekday in Vietnamese. */
    @JsonbPropertyOrder({"date", "weekday", "kind", "name"})
    public record DayView(LocalDate date, String weekday, String kind, String name) {
    }

    /** A year's entry in the list of years. */
    public record YearView(int year, String source, int daysOff, int workingWeekendDays) {
    }

    /** When a time limit counted in working days ends. */
    @JsonbPropertyOrder({"from", "workingDays", "deadline", "calendarKept"})
    public record DeadlineView(LocalDate from, int workingDays, LocalDate deadline, boolean calendarKept) {
    }

    static String weekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SUNDAY ? "Chủ nhật" : "Thứ " + List.of("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")
                .get(w.getValue() - 1);
    }
}
