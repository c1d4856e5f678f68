package vn.ptdv.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;

/**
 * Sao lưu trực tuyến: {@code POST /ptdv/api/admin/backups} copies the running embedded Derby database with
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} into a new directory under {@code ptdv.backup.dir} (default
 * {@code <derby.system.home>/backups}) while the server keeps serving. Restore: copy the backup's {@code ptdv}
 * directory into an empty {@code derby.system.home} (docs/using.md, "Backups"). PostgreSQL is backed up with
 * its own tools (pg_dump), so there the answer is 409.
 */
@Path("admin/backups")
@RequestScoped
@Tag(name = "Quản trị hệ thống")
public class BackupsResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    DatabaseLifecycle database;

    @Inject
    @ConfigProperty(name = PtdvConfig.BACKUP_DIR)
    Optional<String> backupDir;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sao lưu trực tuyến cơ sở dữ liệu Derby nhúng (quản trị hệ thống)")
    public Response create() {
        access.require(Permission.OPERATE_SYSTEM);
        if (!database.isEmbeddedDerby()) {
            throw ProblemException.conflict("Sao lưu trực tuyến chỉ dùng cho cơ sở dữ liệu Derby nhúng; "
                    + "với PostgreSQL hãy dùng pg_dump hoặc pg_basebackup.");
        }
        java.nio.file.Path target = Paths.get(backupDir.orElse(System.getProperty("derby.system.home", ".") + "/backups"))
                .toAbsolutePath().resolve(LocalDateTime.now().format(STAMP));
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection();
             CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(target);
            call.setString(1, target.toString());
            call.execute();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Online backup into " + target + " failed", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = size(target);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("directory", target.toString());
        body.put("database", target.resolve("ptdv").toString());
        body.put("bytes", bytes);
        body.put("millis", millis);
        audit.change("BACKUP_CREATED", "backup:" + target.getFileName(), null, null,
                "{\"directory\":\"" + target.toString().replace("\\", "/") + "\",\"bytes\":" + bytes + "}");
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    private static long size(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
