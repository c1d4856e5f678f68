package vn.ptdv.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.calendar.api.WorkingDays;
import vn.ptdv.calendar.entity.CalendarDay;
import vn.ptdv.calendar.entity.DayKind;

/** The calendar as stored now: read on each call (a few dozen rows a year), so a change is seen at once everywhere. */
@ApplicationScoped
public class WorkingDaysFacade implements WorkingDays {

    @Inject
    CalendarRepository repository;

    @Override
    public WorkingCalendar calendar() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (CalendarDay d : repository.allDays()) {
            days.put(d.getDate(), d.getKind() == DayKind.WORKING);
        }
        return new WorkingCalendar(days, new HashSet<>(repository.years()));
    }
}
