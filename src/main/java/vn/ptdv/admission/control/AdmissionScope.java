package vn.ptdv.admission.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Caller;

/**
 * The organisation records of a code that a caller may see, as the admission services look them up: a code with none
 * in the caller's scope answers the 404 of a code that does not exist.
 */
@Dependent
public class AdmissionScope {

    @Inject
    OrganizationDirectory organizations;

    /** Every record of the code in the caller's scope, oldest first; 404 when there is none. */
    List<OrganizationRef> records(String code, Caller caller) {
        List<OrganizationRef> records = organizations.history(code).stream().filter(o -> caller.covers(o.path())).toList();
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return records;
    }

    /** The record that stands for the code in the year (the latest valid in it); 422 when none was active then. */
    OrganizationRef during(String code, int year, Caller caller) {
        return OrganizationRef.latestValidDuring(records(code, caller), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                        "Tổ chức " + code + " không hoạt động trong năm " + year + "."));
    }

    /** The direct children of the record valid on at least one day of the period. */
    List<OrganizationRef> children(OrganizationRef parent, LocalDate from, LocalDate to) {
        return organizations.childrenValidDuring(parent.id(), from, to);
    }
}
