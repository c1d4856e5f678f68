package vn.ptdv.admission.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ptdv.admission.control.AdmissionRuleBook;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Permission;

/**
 * {@code GET /ptdv/api/rules}: the versions of the admission rules with their effective dates, sources and values; a
 * record is checked by the version in force on its decision date.
 */
@Path("rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kết nạp đảng viên")
public class RulesResource {

    @Inject
    Access access;

    @Inject
    AdmissionRuleBook book;

    /** One version as the pages show it. */
    public record RuleVersionView(String code, LocalDate effectiveFrom, LocalDate effectiveTo, boolean inForce,
                                  String sources, String confidence, int minAgeMonths, int maxAgeMonths,
                                  String minGeneralEducation, String minGeneralEducationLabel,
                                  String areaExceptionMinGeneralEducation, String areaExceptionMinGeneralEducationLabel,
                                  int probationMonths, int awarenessCertificateValidityMonths, int decisionWorkingDays,
                                  int considerationWorkingDays) {

        static RuleVersionView of(AdmissionRuleBook.Version v, LocalDate today) {
            var s = v.settings();
            return new RuleVersionView(v.code(), v.from(), v.to(), v.inForceOn(today), v.sources(), v.confidence(),
                    s.minAgeMonths(), s.maxAgeMonths(), s.minEducation().name(), s.minEducation().label(),
                    s.areaExceptionMinEducation().name(), s.areaExceptionMinEducation().label(), s.probationMonths(),
                    v.certificateValidityMonths(), v.decisionWorkingDays(), v.considerationWorkingDays());
        }
    }

    @GET
    @Operation(summary = "Các phiên bản quy định về kết nạp đảng viên theo ngày hiệu lực (tuổi, học vấn, dự bị, giấy "
            + "chứng nhận, thời hạn), nguồn văn bản; hồ sơ được kiểm tra theo phiên bản có hiệu lực vào ngày quyết định")
    public List<RuleVersionView> versions() {
        access.require(Permission.READ_AGGREGATES);
        LocalDate today = LocalDate.now();
        return book.versions().stream().map(v -> RuleVersionView.of(v, today)).toList();
    }
}
