package vn.ptdv.reporting.api;

import java.util.Map;
import java.util.Objects;

/**
 * Ban hành báo cáo: the reporting side of an official document's issue (the register of issued documents lives in the
 * {@code document} module). {@link #prepare} takes every step of a download in the caller's request (the report exists,
 * the caller's role holds its permissions, the parameters are valid, the organisations lie in the caller's scope) and
 * builds the document; {@link #render} then prints it as PDF/A-1b with its number and date in the letterhead instead of
 * the blanks ("Số 12-BC/BTCTU", "Lào Cai, ngày 03 tháng 12 năm 2026"). Both are audited as downloads.
 */
public interface ReportIssuing {

    /**
     * A report ready to be issued: built in the caller's scope, not yet numbered.
     *
     * @param reportId   the report's id ("admission-results")
     * @param title      the report's title in the catalogue
     * @param parameters the parameters as given (without format and pdfa), for the register and a later re-issue
     * @param request    the built request (PDF/A); its letterhead says the type, the issuer and the signer
     */
    record Prepared(String reportId, String title, Map<String, String> parameters, ReportRequest request) {

        public Prepared {
            Objects.requireNonNull(reportId, "reportId");
            parameters = Map.copyOf(parameters);
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(request.letterhead(), "a document without a letterhead is never issued");
        }

        public Letterhead letterhead() {
            return request.letterhead();
        }

        /** The type of the document (BC, TTr, QĐ, …). */
        public DocumentType type() {
            return letterhead().type();
        }

        /** Trích yếu: "Báo cáo kết quả công tác phát triển đảng viên năm 2024". */
        public String summary() {
            String name = letterhead().documentType().toLowerCase(java.util.Locale.forLanguageTag("vi-VN"));
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            return letterhead().title() == null ? title : capitalised + " " + letterhead().title();
        }
    }

    /**
     * Checks and builds report {@code reportId} with {@code parameters} as a download would, for the current caller.
     *
     * @throws vn.ptdv.platform.rest.ProblemException 404 unknown report or organisation outside the scope, 401/403
     *         without the report's permissions, 400 bad or undeclared parameters, 422 a report that prints no
     *         letterhead (it cannot be numbered) or has nothing to print
     */
    Prepared prepare(String reportId, Map<String, String> parameters);

    /**
     * Checks that the caller's role holds every permission report {@code reportId} needs (401/403 as a download), so
     * that an issued copy is never read by a role that may not download the report; a report no longer in the
     * catalogue needs DOWNLOAD_REPORTS only.
     */
    void requirePermissions(String reportId);

    /** Renders the prepared report as PDF/A-1b, numbered and dated by {@code issue}. */
    byte[] render(Prepared prepared, DocumentIssue issue);
}
