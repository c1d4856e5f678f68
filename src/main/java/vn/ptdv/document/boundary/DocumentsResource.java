package vn.ptdv.document.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.document.control.DocumentService;
import vn.ptdv.document.entity.IssuedDocument;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.RequestBodies;

/**
 * Văn bản đã ban hành (sổ đăng ký văn bản đi): issue a report as an official document, read the register, download the
 * stored bytes, verify a PDF, replace or withdraw a document.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Văn bản đã ban hành")
public class DocumentsResource {

    /** The largest PDF the verification reads (the documents PTDV issues are far smaller). */
    static final int MAX_VERIFY_BYTES = 20 * 1024 * 1024;

    @Inject
    DocumentService documents;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ban hành văn bản: lấy số trong sổ đăng ký, in số và ngày vào thể thức, ký số, lưu bản PDF/A")
    public Response issue(DocumentRequests.IssueRequest request) {
        DocumentRequests.IssueRequest r = bodies.valid(request);
        if (r.format != null && !r.format.isBlank() && !r.format.strip().equalsIgnoreCase("pdf")) {
            throw ProblemException.badParameter("format", "Văn bản ban hành chỉ ở định dạng PDF (PDF/A-1b).");
        }
        IssuedDocument d = documents.issueDocument(r.report, r.parameterTexts());
        return Response.created(uriInfo.getBaseUriBuilder().path("documents").path(String.valueOf(d.getId())).build())
                .entity(view(d)).build();
    }

    @GET
    @Operation(summary = "Sổ đăng ký văn bản đi trong phạm vi: lọc theo tổ chức ban hành (issuer), năm, loại (BC, TTr, QĐ…)")
    public List<DocumentView> register(@QueryParam("issuer") String issuer, @QueryParam("year") String year,
                                       @QueryParam("kind") String kind) {
        return documents.register(issuer, year, kind).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một văn bản đã ban hành")
    public DocumentView one(@PathParam("id") String id) {
        return view(documents.find(id(id)));
    }

    @GET
    @Path("{id}/file")
    @Produces("application/pdf")
    @Operation(summary = "Bản PDF đã ban hành: luôn đúng từng byte như lúc ban hành")
    public Response file(@PathParam("id") String id) {
        long documentId = id(id);
        IssuedDocument d = documents.find(documentId);
        byte[] bytes = documents.file(documentId);
        return Response.ok(bytes, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + d.getFileName() + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("ETag", "\"" + d.getSha256() + "\"")
                .build();
    }

    @POST
    @Path("verification")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Xác minh một tệp PDF: văn bản nào trong sổ, còn nguyên vẹn không (mã băm, chữ ký số), đã bị thay thế/thu hồi chưa")
    public VerificationView verify(InputStream body) throws IOException {
        // an InputStream (not byte[]): the OpenAPI document then describes a binary body; read at most the limit + 1
        byte[] pdf = body == null ? new byte[0] : body.readNBytes(MAX_VERIFY_BYTES + 1);
        if (pdf.length == 0) {
            throw ProblemException.badParameter("body", "Cần gửi tệp PDF cần xác minh.");
        }
        if (pdf.length > MAX_VERIFY_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Tệp lớn quá 20 MiB.");
        }
        DocumentService.Verification v = documents.verify(pdf);
        return VerificationView.of(v, v.document() == null ? null : documents.number(v.document().getReplacedById()));
    }

    @POST
    @Path("{id}/replacement")
    @Operation(summary = "Thay thế: ban hành văn bản đính chính (số mới, dữ liệu hôm nay) thay cho văn bản này; văn bản cũ được giữ lại")
    public Response replace(@PathParam("id") String id) {
        IssuedDocument d = documents.replace(id(id));
        return Response.created(uriInfo.getBaseUriBuilder().path("documents").path(String.valueOf(d.getId())).build())
                .entity(view(d)).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thu hồi văn bản, kèm lý do; văn bản vẫn ở trong sổ")
    public DocumentView withdraw(@PathParam("id") String id, DocumentRequests.WithdrawalRequest request) {
        DocumentRequests.WithdrawalRequest r = bodies.valid(request);
        return view(documents.withdraw(id(id), r.reason));
    }

    private DocumentView view(IssuedDocument d) {
        return DocumentView.of(d, documentsParameters(d), documents.number(d.getReplacesId()),
                documents.number(d.getReplacedById()));
    }

    private static java.util.Map<String, String> documentsParameters(IssuedDocument d) {
        return DocumentService.parametersOf(d);
    }

    private static long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw ProblemException.notFound("Không tìm thấy văn bản đã ban hành này.");
        }
        return Long.parseLong(value);
    }
}
