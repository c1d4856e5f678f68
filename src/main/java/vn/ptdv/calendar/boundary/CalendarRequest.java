package vn.ptdv.calendar.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.ptdv.calendar.entity.DayKind;

/** The body of {@code PUT /calendar/{year}}: the year's listed days as a whole, and the announcement they follow. */
public final class CalendarRequest {
    /** Văn bản thông báo lịch nghỉ (e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ"). */
    public String source;
    public List<DayRequest> days;

    /** A day off on a weekday, or a Saturday or Sunday worked. */
    public static final class DayRequest {
        public LocalDate date;
        public DayKind kind;
        public String name;
    }
}
