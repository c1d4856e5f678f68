package vn.ptdv.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.control.IssuerService;

/**
 * Thể thức văn bản of an organisation: {@code GET/PUT /ptdv/api/organizations/{code}/issuer}. GET answers the
 * registered details, or the default derived from the name ({@code "stored": false}) when none are registered.
 */
@Path("organizations/{code}/issuer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tổ chức đảng")
public class IssuerResource {

    @Inject
    IssuerService issuers;

    /** The issuer details on the wire. */
    public record IssuerView(String organizationCode, String superiorBody, List<String> issuingBody, String symbol,
                             String place, String signatureAuthority, String signerPosition, String signerName,
                             List<String> recipients, boolean stored, Integer version) {
        static IssuerView of(IssuerDetails d, Integer version) {
            return new IssuerView(d.organizationCode(), d.superiorBody(), d.issuingBody(), d.symbol(), d.place(),
                    d.signatureAuthority(), d.signerPosition(), d.signerName(), d.recipients(), d.stored(), version);
        }
    }

    /** Ghi thể thức: every field replaces the stored one; {@code version} (optional) guards against lost updates. */
    public record IssuerRequest(String superiorBody, List<String> issuingBody, String symbol, String place,
                                String signatureAuthority, String signerPosition, String signerName,
                                List<String> recipients, Integer version) {
    }

    @GET
    @Operation(summary = "Thể thức văn bản của tổ chức: cơ quan ban hành, ký hiệu, địa danh, người ký, nơi nhận")
    public IssuerView get(@PathParam("code") String code) {
        return IssuerView.of(issuers.get(code), issuers.version(code).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi thể thức văn bản của tổ chức (thay toàn bộ)")
    public Response put(@PathParam("code") String code, IssuerRequest r) {
        if (r == null) {
            throw new vn.ptdv.platform.rest.ProblemException(vn.ptdv.platform.rest.ProblemType.VALIDATION,
                    "Thiếu nội dung yêu cầu (JSON).", java.util.Map.of("body", "Bắt buộc"));
        }
        boolean created = issuers.put(code, new IssuerDetails(code, r.superiorBody(), r.issuingBody(), r.symbol(),
                r.place(), r.signatureAuthority(), r.signerPosition(), r.signerName(), r.recipients(), true), r.version());
        IssuerView view = IssuerView.of(issuers.get(code), issuers.version(code).orElse(null));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }
}
