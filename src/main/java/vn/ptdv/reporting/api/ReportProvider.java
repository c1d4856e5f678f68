package vn.ptdv.reporting.api;

import java.util.List;
import java.util.Set;

/**
 * Nguồn báo cáo: one downloadable report, implemented by a business module as an {@code @ApplicationScoped} CDI bean
 * in its {@code control} package. The reporting boundary discovers every provider, lists it in the catalogue
 * ({@code GET /ptdv/api/reports}), validates the query against {@link #parameters()} and calls {@link #build}.
 */
public interface ReportProvider {

    /** The URL id, lower-case with hyphens ("admission-results"); unique across modules. */
    String id();

    /** The Vietnamese title shown in the catalogue ("Kết quả công tác phát triển đảng viên"). */
    String title();

    /** The query parameters this report accepts, besides format and pdfa. */
    List<ReportParameter> parameters();

    /**
     * Whether the report names people (a list of admissions, learners, certificates): it then needs a role that may see
     * personal data. Aggregate reports (the default) need only a signed-in user whose scope covers the organisation.
     */
    default boolean namesPeople() {
        return false;
    }

    /** The formats this report can be rendered to. */
    default Set<ReportFormat> formats() {
        return Set.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX);
    }

    /**
     * About how many rows the document will list, asked before {@link #build} with the same validated arguments: a
     * report estimated above {@code ptdv.reports.async-threshold-rows} is rendered as an asynchronous job
     * ({@code 202 Accepted}). Providers of long lists answer with one COUNT query; the default (a short document)
     * is 0. Must not throw for an unknown organisation: {@link #build} reports that.
     */
    default long estimatedRows(ReportArguments arguments) {
        return 0;
    }

    /**
     * Builds the request: queries the data (one aggregate query per table), fills the letterhead, names the file.
     *
     * @throws vn.ptdv.platform.rest.ProblemException NOT_FOUND for an unknown organisation, BAD_PARAMETER for a value
     *                                                out of range
     */
    ReportRequest build(ReportArguments arguments);
}
