package vn.ptdv.reporting.api;

import java.util.List;
import java.util.Set;

/**
 * Nguồn báo cáo: one downloadable report, implemented by a business module as an {@code @ApplicationScoped} CDI bean
 * in its {@code control} package. The reporting module discovers every provider, lists it in the catalogue
 * ({@code GET /ptdv/api/reports}), checks the caller's permissions against the {@link #definition()}, validates the
 * query against its parameters, checks the organisation parameters against the caller's scope, and only then calls
 * {@link #build}.
 */
public interface ReportProvider {

    /** Id, title, parameters, permissions and formats of the report. */
    ReportDefinition definition();

    default String id() {
        return definition().id();
    }

    default String title() {
        return definition().title();
    }

    default List<ReportParameter> parameters() {
        return definition().parameters();
    }

    default Set<ReportFormat> formats() {
        return definition().formats();
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
     * Builds the request: queries the data in the caller's scope ({@link ReportArguments#scope()}; one aggregate
     * query per table), makes the letterhead and the body, names the file. The format is the download's.
     *
     * @throws vn.ptdv.platform.rest.ProblemException NOT_FOUND for an unknown organisation or one outside the scope,
     *                                                UNPROCESSABLE when it has nothing to print
     */
    ReportRequest build(ReportArguments arguments);
}
