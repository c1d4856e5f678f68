package vn.ptdv.admission.api;

import java.util.function.Predicate;

/**
 * Số liệu kết nạp: read-only aggregate figures of the admission module, for reports and emulation. Every figure
 * counts ACTIVE admissions only, in the year of their decision date, over the organisation tree as it was in that
 * year; it comes from grouped SQL, never from loading admission records.
 */
public interface AdmissionStatistics {

    /**
     * The results of an organisation in a year: breakdown, own and term targets, the previous year, and one row per
     * direct child valid on any day of the year.
     *
     * @param organizationCode the organisation's code; its record is the latest one valid during the year among
     *                         those in scope
     * @param inScope          which organisation records (by materialised path) may be read: a code re-parented
     *                         out of the caller's tree has a record outside, whose figures are never counted
     * @throws vn.ptdv.platform.rest.ProblemException NOT_FOUND for an unknown code or one without a record in scope,
     *                                                UNPROCESSABLE when the organisation was not active in that year
     */
    AdmissionResults results(String organizationCode, int year, Predicate<String> inScope);
}
