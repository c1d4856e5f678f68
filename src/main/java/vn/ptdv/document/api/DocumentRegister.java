package vn.ptdv.document.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Sổ đăng ký văn bản đi, for other modules: issue a report as an official document (numbered, dated, signed, archived)
 * and find the document issued from a report, e.g. the award decision of a campaign.
 */
public interface DocumentRegister {

    /**
     * Issues report {@code reportId} with {@code parameters} as the current caller, with every check of a download and
     * the permission ISSUE_DOCUMENTS.
     *
     * @throws vn.ptdv.platform.rest.ProblemException as {@code POST /ptdv/api/documents} answers
     */
    IssuedDocumentRef issue(String reportId, Map<String, String> parameters);

    /**
     * Issues as {@link #issue} but dated {@code issuedOn}, a day in the past, and numbered in that year's register: for
     * loaders that enter a document of the past (the demo's award decisions); not offered by the REST API.
     */
    IssuedDocumentRef issueOn(String reportId, Map<String, String> parameters, LocalDate issuedOn);

    /**
     * The latest document issued from report {@code reportId} with exactly these parameters that is in force (neither
     * withdrawn nor replaced), if any. No permission is checked: the caller has already checked its own object.
     */
    Optional<IssuedDocumentRef> inForce(String reportId, Map<String, String> parameters);
}
