package vn.ptdv.platform.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.Problem;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/**
 * Spreadsheet imports: {@code POST /ptdv/api/imports/{kind}} takes an XLSX or CSV file (raw body or the {@code file}
 * part of a form), {@code GET /ptdv/api/imports/{kind}/template.xlsx} gives the template, {@code GET
 * /ptdv/api/imports/runs} the progress of the caller's imports.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nhập dữ liệu từ bảng tính")
public class ImportsResource {

    static final String CSV = "text/csv";

    @Inject
    Instance<ImportKind> kinds;

    @Inject
    ImportEngine engine;

    @Inject
    ImportRuns runs;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = PtdvConfig.IMPORT_MAX_BYTES, defaultValue = "20971520")
    long maxBytes;

    @GET
    @Operation(summary = "Các loại dữ liệu nhập được, quyền cần có, người gọi có nhập được không, mẫu và cột của từng loại")
    public List<Map<String, Object>> list() {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        return kinds.stream().sorted(java.util.Comparator.comparing(ImportKind::name)).map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", k.name());
            m.put("title", k.title());
            m.put("permission", k.permission().name());
            m.put("allowed", caller.may(k.permission()));
            m.put("template", "imports/" + k.name() + "/template.xlsx");
            m.put("columns", k.columns().stream().map(c -> {
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("header", c.header());
                col.put("required", c.required());
                col.put("aliases", c.aliases());
                return col;
            }).toList());
            return m;
        }).toList();
    }

    @POST
    @Path("{kind}")
    @Consumes({Spreadsheets.XLSX, CSV, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Nhập một tệp XLSX hoặc CSV (dryRun=true: chỉ kiểm tra); có lỗi thì không ghi gì")
    public Response importFile(@PathParam("kind") String kindName, @QueryParam("dryRun") @DefaultValue("false") String dryRun,
                               @QueryParam("run") String runId, @HeaderParam("Content-Type") String contentType,
                               InputStream body) throws IOException {
        ImportKind kind = kind(kindName);
        Caller caller = access.require(kind.permission());
        boolean dry = switch (dryRun.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter("dryRun", "Tham số dryRun phải là true hoặc false.");
        };
        ImportRuns.Run run = runs.start(runId, caller.username(), kind.name(), dry);
        try (Upload upload = Upload.receive(body, contentType, maxBytes)) {
            ImportReport report = engine.run(kind, upload, dry, run);
            if (report.committed()) {
                audit.change("IMPORT_COMMITTED", "import:" + kind.name(), null, null,
                        "{\"rows\":" + report.rows() + ",\"run\":\"" + run.id() + "\"}");
            }
            if (report.errors().isEmpty()) {
                return Response.ok(report).build();
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://ptdv.vn/problems/import-rows");
            problem.put("title", "Tệp có dòng không hợp lệ");
            problem.put("status", 422);
            problem.put("detail", "Có " + (report.errors().size() + report.errorsNotListed()) + " lỗi ở " + report.rowsWithErrors() + " trên "
                    + report.rows() + " dòng; không dòng nào được ghi.");
            problem.put("kind", report.kind());
            problem.put("run", report.run());
            problem.put("dryRun", report.dryRun());
            problem.put("committed", false);
            problem.put("rows", report.rows());
            problem.put("rowsWithErrors", report.rowsWithErrors());
            problem.put("unknownColumns", report.unknownColumns());
            problem.put("errors", report.errors());
            problem.put("errorsNotListed", report.errorsNotListed());
            return Response.status(422).type(Problem.MEDIA).entity(problem).build();
        } catch (Upload.TooLarge e) {
            run.state(ImportRuns.State.FAILED);
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Tệp gửi lên vượt quá giới hạn "
                    + vn.ptdv.shared.VietnameseFormat.integer(maxBytes) + " byte (" + PtdvConfig.IMPORT_MAX_BYTES + ").");
        } catch (ImportFailure e) {
            run.state(ImportRuns.State.FAILED);
            throw new ProblemException(e.wrongType() ? ProblemType.UNSUPPORTED_MEDIA_TYPE : ProblemType.VALIDATION,
                    e.getMessage(), Map.of("file", e.getMessage()));
        } catch (RuntimeException e) {
            run.state(ImportRuns.State.FAILED);
            throw e;
        }
    }

    @GET
    @Path("{kind}/template.xlsx")
    @Produces(Spreadsheets.XLSX)
    @Operation(summary = "Mẫu bảng tính để nhập: dòng tiêu đề, một dòng ví dụ, danh mục cho các cột mã hóa")
    public Response template(@PathParam("kind") String kindName) {
        ImportKind kind = kind(kindName);
        access.require(Permission.READ_AGGREGATES);
        StreamingOutput out = o -> Spreadsheets.template(kind, o);
        return Response.ok(out, Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"mau-nhap-" + kind.name() + ".xlsx\"").build();
    }

    @GET
    @Path("runs")
    @Operation(summary = "Tiến độ các lần nhập của người dùng (trong một giờ gần đây)")
    public List<ImportRuns.RunView> runs() {
        return runs.of(access.require(Permission.READ_AGGREGATES).username());
    }

    private ImportKind kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(() -> ProblemException.notFound(
                "Không có loại dữ liệu nhập '" + name + "'; có: " + String.join(", ",
                        kinds.stream().map(ImportKind::name).sorted().toList()) + "."));
    }
}
