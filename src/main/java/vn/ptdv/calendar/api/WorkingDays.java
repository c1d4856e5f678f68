package vn.ptdv.calendar.api;

/** The holiday calendar as kept now, for the deadlines of other modules (one read per call: take it once per request). */
public interface WorkingDays {

    WorkingCalendar calendar();
}
