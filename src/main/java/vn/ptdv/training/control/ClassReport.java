package vn.ptdv.training.control;

import jakarta.inject.Inject;
import java.util.List;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Learner;

/**
 * What the two reports of one class share (class-results, certificates): the {@code class} parameter and the
 * permissions, the scope check (the parameter is an ID, so the download cannot check it: a class outside the caller's
 * scope answers the 404 of one that does not exist), the learners, and the committee of the organising political
 * centre.
 */
abstract class ClassReport implements ReportProvider {

    @Inject
    TrainingReportQueries queries;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    /** A report of one class: it names learners, so it needs the named-list and the training-reading permissions. */
    static ReportDefinition definition(String id, String title) {
        return ReportDefinition.of(id, title, ReportParameter.required("class", "Lớp bồi dưỡng", ReportParameter.Type.ID,
                        "Mã số lớp (id trong /ptdv/api/training/classes); lớp phải do tổ chức thuộc phạm vi của người dùng mở."))
                .namingPeople().requiring(Permission.READ_TRAINING);
    }

    @Override
    public ReportRequest build(ReportArguments arguments) {
        long id = arguments.id("class").orElseThrow();
        String notFound = "Không tìm thấy lớp bồi dưỡng có mã số " + id + ".";
        ClassInfo c = queries.trainingClass(id).orElseThrow(() -> ProblemException.notFound(notFound));
        arguments.requireInScope(c.organizerPath(), notFound);
        IssuerDetails committee = organizations.findCurrentOrLatest(c.organizerCode()).map(issuers::issuerOrDefault)
                .orElseThrow(() -> ProblemException.notFound(notFound));
        return document(c, queries.learners(c), committee, arguments);
    }

    /** The document of this report for the class. */
    abstract ReportRequest document(ClassInfo c, List<Learner> learners, IssuerDetails committee, ReportArguments arguments);

    static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }
}
