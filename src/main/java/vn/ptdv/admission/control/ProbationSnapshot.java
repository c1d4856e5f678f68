package vn.ptdv.admission.control;

import jakarta.json.Json;
import vn.ptdv.admission.entity.ProbationReview;

/** The values of a probation review as JSON, for the admission's history and the audit (as {@link AdmissionSnapshot}). */
final class ProbationSnapshot {

    private ProbationSnapshot() {
    }

    static String of(ProbationReview r) {
        return Json.createObjectBuilder()
                .add("considerationDate", String.valueOf(r.getConsiderationDate()))
                .add("votesFor", r.getVotesFor()).add("officialMembers", r.getOfficialMembers())
                .add("explanation", String.valueOf(r.getExplanation()))
                .add("decisionNumber", String.valueOf(r.getDecisionNumber()))
                .add("decisionDate", String.valueOf(r.getDecisionDate()))
                .add("outcome", String.valueOf(r.getOutcome()))
                .add("removalReason", String.valueOf(r.getRemovalReason()))
                .add("officialFrom", String.valueOf(r.getOfficialFrom())).build().toString();
    }
}
