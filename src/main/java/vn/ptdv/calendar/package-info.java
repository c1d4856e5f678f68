/**
 * Lịch làm việc: the holiday calendar kept as data (days off with their names, compensating working days on a
 * weekend, Saturday and Sunday off otherwise), year by year with the source of each year's announcement, and the
 * working-day arithmetic every deadline of PTDV uses ({@link vn.ptdv.calendar.api.WorkingDays}).
 */
package vn.ptdv.calendar;
