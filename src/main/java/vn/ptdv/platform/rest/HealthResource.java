package vn.ptdv.platform.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.ptdv.platform.persistence.PtdvDataSource;

/** {@code GET /ptdv/api/health}: 200 when the database answers, 503 when it does not. */
@Path("health")
@RequestScoped
public class HealthResource {

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tình trạng hoạt động của hệ thống và cơ sở dữ liệu")
    public Response health() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(5)) {
                return Response.ok(Map.of("status", "UP", "database", "UP")).build();
            }
        } catch (SQLException e) {
            // falls through to 503
        }
        return Problem.of(ProblemType.UNAVAILABLE, "Cơ sở dữ liệu không phản hồi.").at("/ptdv/api/health").toResponse();
    }
}
