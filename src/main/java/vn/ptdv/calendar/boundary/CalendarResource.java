package vn.ptdv.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.calendar.api.WorkingDays;
import vn.ptdv.calendar.control.CalendarService;
import vn.ptdv.calendar.entity.CalendarDay;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/**
 * {@code /ptdv/api/calendar}: the holiday calendar that every working-day deadline uses. Anyone signed in reads it;
 * only a system administrator changes a year.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lịch làm việc")
public class CalendarResource {

    static final int MAX_WORKING_DAYS = 1000;

    @Inject
    Access access;

    @Inject
    CalendarService service;

    @Inject
    WorkingDays workingDays;

    @Inject
    YearRange years;

    @GET
    @Operation(summary = "Các năm đã có lịch nghỉ lễ, Tết (nguồn văn bản, số ngày nghỉ, số ngày làm bù)")
    public List<CalendarView.YearView> years() {
        access.require(Permission.READ_AGGREGATES);
        return service.summaries().stream().map(y -> new CalendarView.YearView(y.year(), y.source(), y.daysOff(),
                y.workingWeekendDays())).toList();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Lịch một năm: ngày nghỉ lễ, Tết, nghỉ bù trong tuần và ngày làm bù vào thứ Bảy, Chủ nhật")
    public CalendarView year(@PathParam("year") String yearText) {
        access.require(Permission.READ_AGGREGATES);
        return view(years.year("year", yearText));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thay lịch của một năm (quản trị hệ thống): nguồn văn bản và toàn bộ danh sách ngày")
    public CalendarView replace(@PathParam("year") String yearText, CalendarRequest body) {
        Caller caller = access.require(Permission.OPERATE_SYSTEM);
        int year = years.year("year", yearText);
        if (body == null) {
            throw ProblemException.badParameter("body", "Thiếu nội dung yêu cầu (JSON): {\"source\": …, \"days\": […]}.");
        }
        List<CalendarService.Day> days = body.days == null ? List.of() : body.days.stream()
                .map(d -> d == null ? null : new CalendarService.Day(d.date, d.kind, d.name)).toList();
        service.replace(year, body.source, days, caller.username());
        return view(year);
    }

    @GET
    @Path("deadline")
    @Operation(summary = "Ngày hết thời hạn N ngày làm việc kể từ một ngày (không tính ngày bắt đầu), theo lịch nghỉ")
    public CalendarView.DeadlineView deadline(@QueryParam("from") String fromText,
                                              @QueryParam("workingDays") String daysText) {
        access.require(Permission.READ_AGGREGATES);
        LocalDate from = Params.requiredDate("from", fromText);
        int n;
        try {
            n = Integer.parseInt(daysText == null ? "" : daysText.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("workingDays", "Tham số workingDays phải là số nguyên từ 0 đến "
                    + MAX_WORKING_DAYS + ".");
        }
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw ProblemException.badParameter("workingDays", "Tham số workingDays phải là số nguyên từ 0 đến "
                    + MAX_WORKING_DAYS + ".");
        }
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate deadline = calendar.plusWorkingDays(from, n);
        boolean kept = from.datesUntil(deadline.plusDays(1)).map(LocalDate::getYear).distinct()
                .allMatch(calendar::covers);
        return new CalendarView.DeadlineView(from, n, deadline, kept);
    }

    private CalendarView view(int year) {
        var kept = service.year(year);
        List<CalendarDay> days = service.days(year);
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate first = LocalDate.of(year, 1, 1);
        int working = calendar.workingDaysBetween(first.minusDays(1), LocalDate.of(year, 12, 31));
        int off = first.lengthOfYear() - working;
        return new CalendarView(year, kept.isPresent(), kept.map(y -> y.getSource()).orElse(null),
                kept.map(y -> y.getUpdatedAt().toString()).orElse(null), kept.map(y -> y.getUpdatedBy()).orElse(null),
                working, off, days.stream().map(d -> new CalendarView.DayView(d.getDate(),
                        CalendarView.weekday(d.getDate()), d.getKind().name(), d.getName())).toList());
    }
}
