package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.ReportArguments;

/** The records of a report's {@code org} that the download's scope covers, oldest first: 404 when there is none. */
@ApplicationScoped
public class ReportRoots {

    @Inject
    OrganizationDirectory organizations;

    List<OrganizationRef> of(ReportArguments arguments) {
        String code = arguments.requireString("org");
        List<OrganizationRef> roots = organizations.history(code).stream().filter(r -> arguments.scope().covers(r.path()))
                .toList();
        if (roots.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + code + ".");
        }
        return roots;
    }
}
