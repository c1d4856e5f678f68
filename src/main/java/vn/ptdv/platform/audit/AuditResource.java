package vn.ptdv.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.rest.Params;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/** The audit trail for administrators: {@code GET /ptdv/api/audit}. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nhật ký")
public class AuditResource {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    AuditLog audit;

    @Inject
    Access access;

    @GET
    @Operation(summary = "Nhật ký thay đổi, tải báo cáo, xem dữ liệu cá nhân, đăng nhập sai và truy cập bị từ chối, trong phạm vi (quản trị viên)")
    public List<Map<String, Object>> find(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("user") String user, @QueryParam("category") String category,
                                          @QueryParam("action") String action,
                                          @QueryParam("limit") @DefaultValue("200") int limit) {
        Caller caller = access.require(Permission.READ_AUDIT);
        AuditEvent.Category cat = null;
        if (category != null && !category.isBlank()) {
            try {
                cat = AuditEvent.Category.valueOf(category.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter("category", "category phải là CHANGE, DOWNLOAD, READ, SIGN_IN hoặc DENIED.");
            }
        }
        List<String> scope = caller.unrestricted() ? List.of() : caller.scopePaths().isEmpty() ? List.of("-") : caller.scopePaths();
        return audit.find(instant("from", from), instant("to", to), blank(user), cat, blank(action), scope,
                        Params.limit(limit, 5000)).stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.getId());
                    m.put("occurredAt", e.getOccurredAt().toString());
                    m.put("username", e.getUsername());
                    m.put("category", e.getCategory().name());
                    m.put("action", e.getAction());
                    m.put("target", e.getTarget());
                    m.put("orgPath", e.getOrgPath());
                    m.put("outcome", e.getOutcome());
                    m.put("before", e.getBefore());
                    m.put("after", e.getAfter());
                    m.put("detail", e.getDetail());
                    return m;
                }).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String message = "Tham số " + name + " phải là ngày YYYY-MM-DD hoặc thời điểm ISO 8601 (UTC) từ năm 2000 đến 9999.";
        Instant instant;
        try {
            instant = value.strip().length() == 10
                    ? java.time.LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, message);
        }
        // the database's timestamps do not reach Instant's extremes (+999999999-12-31 overflowed into a 500)
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ProblemException.badParameter(name, message);
        }
        return instant;
    }
}
