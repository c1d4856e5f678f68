package vn.ptdv.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.training.control.CertificateService;
import vn.ptdv.training.control.CertifiedLearner;

/** Certificate look-up: {@code /ptdv/api/training/certificates?number=...}. */
@Path("training/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bồi dưỡng: giấy chứng nhận")
public class CertificatesResource {

    @Inject
    CertificateService certificates;

    @GET
    @vn.ptdv.platform.audit.AuditedRead("TRAINING_CERTIFICATE")
    @Operation(summary = "Tra cứu giấy chứng nhận theo số")
    public TrainingViews.CertificateView find(@QueryParam("number") String number) {
        if (number == null || number.isBlank()) {
            throw ProblemException.badParameter("number", "Tham số number (số giấy chứng nhận) là bắt buộc.");
        }
        CertifiedLearner found = certificates.certificate(number).orElseThrow(() ->
                ProblemException.notFound("Không tìm thấy giấy chứng nhận số " + number.strip() + "."));
        return TrainingViews.CertificateView.of(found.learner(), found.trainingClass());
    }
}
