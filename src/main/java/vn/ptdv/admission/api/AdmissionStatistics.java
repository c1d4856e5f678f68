package vn.ptdv.admission.api;


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
     * @param organizationCode the organisation's code; its record is the latest one valid during the year
     * @throws vn.ptdv.platform.rest.ProblemException NOT_FOUND for an unknown code, UNPROCESSABLE when the
     *                                                organisation was not active in that year
     */
    AdmissionResults results(String organizationCode, int year);
}
