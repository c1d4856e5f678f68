package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.entity.Candidate;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;

/** What the two candidate lists share: the subtree in the caller's scope, the rows, the cells' names, the letterhead. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CandidateLists {

    static final int MAX_ROWS = 20_000;

    @Inject
    CandidateRepository candidates;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    IssuerDirectory issuers;

    @Inject
    ReportRoots reportRoots;

    /** Every record of {@code org} that the download's scope covers (404 when none). */
    List<OrganizationRef> roots(ReportArguments arguments) {
        return reportRoots.of(arguments);
    }

    List<Candidate> candidates(List<OrganizationRef> roots, List<CandidateState> states) {
        return candidates.listed(roots, states, MAX_ROWS);
    }

    /** The latest name of each candidate's cell, by code. */
    Map<String, String> names(List<Candidate> rows) {
        Map<String, String> out = new HashMap<>();
        organizations.histories(rows.stream().map(Candidate::getOrganizationCode).distinct().toList())
                .forEach((code, records) -> out.put(code, records.isEmpty() ? code : records.get(records.size() - 1).name()));
        rows.forEach(c -> out.putIfAbsent(c.getOrganizationCode(), c.getOrganizationCode()));
        return out;
    }

    Letterhead letterhead(OrganizationRef org, String title) {
        return Letterhead.of(AdmissionLetterheads.issuer(issuers.issuerOrDefault(org)), DocumentType.LIST, title);
    }

    /** Where a candidate stands, in a few words. */
    static String where(Candidate c) {
        if (c.getState() == CandidateState.DOSSIER) {
            var last = CandidateRules.lastRecorded(c.steps());
            return last == null ? c.getState().label() : "Hồ sơ: " + last.label().toLowerCase(java.util.Locale.forLanguageTag("vi-VN"));
        }
        if (c.getState() == CandidateState.AWARENESS) {
            return "Đã học lớp nhận thức";
        }
        return c.getAwarenessClass() != null ? "Đang học lớp nhận thức" : "Chưa học lớp nhận thức";
    }
}
