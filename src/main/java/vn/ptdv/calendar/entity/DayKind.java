package vn.ptdv.calendar.entity;

/** A day the calendar lists: a day off (nghỉ lễ, Tết, nghỉ bù) or a weekend day worked (làm bù). */
public enum DayKind {
    OFF,
    WORKING
}
