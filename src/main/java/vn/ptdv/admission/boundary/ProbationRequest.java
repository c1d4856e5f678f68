package vn.ptdv.admission.boundary;

import java.time.LocalDate;
import vn.ptdv.admission.control.ProbationRules;
import vn.ptdv.admission.entity.ProbationOutcome;

/**
 * The body of {@code PUT /probations/{id}}: the cell's consideration (nghị quyết chi bộ: date, votes for out of the
 * official members, the written explanation when later than the limit) and, when decided, the committee's decision
 * (number, date, outcome; the reason of a removal). A class with public fields: see RequestBodies.
 */
public final class ProbationRequest {
    public LocalDate considerationDate;
    public Integer votesFor;
    public Integer officialMembers;
    /** Công văn giải trình (number, date and reason), required when the cell considers after the limit. */
    public String explanation;
    public String decisionNumber;
    public LocalDate decisionDate;
    public ProbationOutcome outcome;
    /** Lý do xóa tên. */
    public String reason;

    ProbationRules.Input toInput() {
        return new ProbationRules.Input(considerationDate, votesFor, officialMembers, explanation, decisionNumber,
                decisionDate, outcome, reason);
    }
}
