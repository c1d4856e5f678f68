package vn.ptdv.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holiday calendar over the API: the shipped years, deadlines across Tết, and a year kept by a system
 * administrator (2031, which nothing else uses), with every bad list refused and nothing written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theShippedYearsHoldTheAnnouncedHolidays() {
        Api api = Api.as(base, "namma.staff");
        var years = api.get("calendar");
        assertEquals(200, years.status(), years::toString);
        for (int y = 2024; y <= 2027; y++) {
            int year = y;
            assertTrue(years.array().stream().anyMatch(v -> v.asJsonObject().getInt("year") == year), years::toString);
        }
        JsonObject y2026 = api.get("calendar/2026").json();
        assertTrue(y2026.getBoolean("kept"));
        assertTrue(y2026.getString("source").contains("9441/TB-BNV"), y2026::toString);
        assertEquals(250, y2026.getInt("workingDays"));
        assertTrue(y2026.getJsonArray("days").stream().map(JsonObject.class::cast).anyMatch(d ->
                d.getString("date").equals("2026-02-17") && d.getString("kind").equals("OFF")
                        && d.getString("weekday").equals("Thứ Ba") && d.getString("name").contains("Tết")), y2026::toString);
        assertTrue(y2026.getJsonArray("days").stream().map(JsonObject.class::cast).anyMatch(d ->
                d.getString("date").equals("2026-08-22") && d.getString("kind").equals("WORKING")), y2026::toString);
        // a year not kept: weekends only, and said so
        JsonObject y2040 = api.get("calendar/2040").json();
        assertEquals(false, y2040.getBoolean("kept"));
        assertEquals(0, y2040.getJsonArray("days").size());
    }

    @Test
    void deadlinesSkipTetAndWeekends() {
        Api api = Api.as(base, "lc.viewer");
        JsonObject d = api.get("calendar/deadline?from=2026-02-12&workingDays=5").json();
        assertEquals("2026-02-26", d.getString("deadline"), d::toString);
        assertTrue(d.getBoolean("calendarKept"));
        assertEquals("2026-04-02", api.get("calendar/deadline?from=2026-02-12&workingDays=30").json().getString("deadline"));
        assertEquals(400, api.get("calendar/deadline?from=12/02/2026&workingDays=5").status());
        var bad = api.get("calendar/deadline?from=2026-02-12&workingDays=-1");
        assertEquals(400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertTrue(bad.json().getString("detail").contains("workingDays"), bad::toString);
    }

    @Test
    void aSystemAdministratorKeepsAYearAndBadListsAreRefusedWhole() {
        Api admin = new Api(base);
        String good = """
                {"source": "Thông báo thử nghiệm của CalendarIT", "days": [
                  {"date": "2031-01-01", "kind": "OFF", "name": "Tết Dương lịch"},
                  {"date": "2031-01-04", "kind": "WORKING", "name": "Làm bù thử"}]}""";
        // a province administrator may not change the calendar
        assertEquals(403, Api.as(base, "tinhuy.admin").put("calendar/2031", good).status());

        // a date outside the year, a Saturday marked off, a Wednesday marked worked, a day twice: 422, nothing written
        var bad = admin.put("calendar/2031", """
                {"source": "Thông báo", "days": [
                  {"date": "2030-12-31", "kind": "OFF", "name": "Năm khác"},
                  {"date": "2031-01-04", "kind": "OFF", "name": "Thứ Bảy"},
                  {"date": "2031-01-08", "kind": "WORKING", "name": "Thứ Tư"},
                  {"date": "2031-01-01", "kind": "OFF", "name": "Tết"},
                  {"date": "2031-01-01", "kind": "OFF", "name": "Tết lần hai"}]}""");
        assertEquals(422, bad.status(), bad::toString);
        JsonObject errors = bad.json().getJsonObject("errors");
        assertTrue(errors.getString("days[0].date").contains("không thuộc năm 2031"), bad::toString);
        assertTrue(errors.getString("days[1].kind").contains("thứ Bảy hoặc Chủ nhật"), bad::toString);
        assertTrue(errors.getString("days[2].kind").contains("ngày làm việc trong tuần"), bad::toString);
        assertTrue(errors.getString("days[4].date").contains("hai lần"), bad::toString);
        assertEquals(false, admin.get("calendar/2031").json().getBoolean("kept"));
        // no source, a day without a name: 400
        var shape = admin.put("calendar/2031", """
                {"days": [{"date": "2031-01-01", "kind": "OFF"}]}""");
        assertEquals(400, shape.status(), shape::toString);
        assertTrue(shape.json().getJsonObject("errors").containsKey("source"), shape::toString);
        assertTrue(shape.json().getJsonObject("errors").containsKey("days[0].name"), shape::toString);
        assertEquals(400, admin.put("calendar/1900", good).status());

        var put = admin.put("calendar/2031", good);
        assertEquals(200, put.status(), put::toString);
        assertEquals(2, put.json().getJsonArray("days").size());
        assertEquals("quantri.hethong", put.json().getString("updatedBy"));
        // Thursday 02/01/2031 + 1 working day: Friday 03/01 counts, and Saturday 04/01 is worked
        assertEquals("2031-01-04", admin.get("calendar/deadline?from=2031-01-02&workingDays=2").json().getString("deadline"));
        // replaced as a whole
        assertEquals(200, admin.put("calendar/2031", """
                {"source": "Thông báo thử nghiệm, thay thế", "days": []}""").status());
        JsonObject after = admin.get("calendar/2031").json();
        assertEquals(0, after.getJsonArray("days").size());
        assertEquals("2031-01-06", admin.get("calendar/deadline?from=2031-01-02&workingDays=2").json().getString("deadline"));
        // the change is audited
        var audit = admin.get("audit?action=calendar.replace&limit=5");
        assertEquals(200, audit.status(), audit::toString);
        assertTrue(audit.text().contains("2031"), audit::toString);
    }
}
