package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.control.ProbationService;

/** A probationary member on a worklist: the admission, the limit, the status, the consideration and the decision. */
@JsonbPropertyOrder({"admissionId", "fullName", "organizationCode", "decisionNumber", "decisionDate", "ceremonyDate",
        "probationEnd", "deadline", "limitWorkingDays", "status", "statusLabel", "workingDaysLeft", "considerationDate",
        "votesFor", "officialMembers", "explanation", "lateConsideration", "recognitionDecisionNumber",
        "recognitionDecisionDate", "outcome", "officialFrom", "removalReason"})
public record ProbationView(long admissionId, String fullName, String organizationCode, String decisionNumber,
                            LocalDate decisionDate, LocalDate ceremonyDate, LocalDate probationEnd, LocalDate deadline,
                            int limitWorkingDays, String status, String statusLabel, Integer workingDaysLeft,
                            LocalDate considerationDate, Integer votesFor, Integer officialMembers, String explanation,
                            boolean lateConsideration, String recognitionDecisionNumber, LocalDate recognitionDecisionDate,
                            String outcome, LocalDate officialFrom, String removalReason) {

    static ProbationView of(ProbationService.Entry e) {
        var r = e.row();
        return new ProbationView(r.admissionId(), r.fullName(), r.organizationCode(), r.decisionNumber(), r.decisionDate(),
                r.ceremonyDate(), r.probationEnd(), e.deadline(), e.limitWorkingDays(), e.status().name(),
                e.status().label(), e.workingDaysLeft(), r.considerationDate(), r.votesFor(), r.officialMembers(),
                r.explanation(), e.lateConsideration(), r.recognitionNumber(), r.recognitionDate(),
                r.outcome() == null ? null : r.outcome().name(), r.officialFrom(), r.removalReason());
    }

    /** A page of a worklist. */
    @JsonbPropertyOrder({"organizationCode", "status", "asOf", "total", "page", "size", "items"})
    public record PageView(String organizationCode, String status, LocalDate asOf, long total, int page, int size,
                           List<ProbationView> items) {
    }

    /** The counts of a unit. */
    @JsonbPropertyOrder({"code", "name", "probation", "due", "overdue", "considered", "recognised", "removed"})
    public record UnitCountsView(String code, String name, long probation, long due, long overdue, long considered,
                                 long recognised, long removed) {

        static UnitCountsView of(ProbationService.UnitCounts c) {
            return new UnitCountsView(c.code(), c.name(), c.probation(), c.due(), c.overdue(), c.considered(),
                    c.recognised(), c.removed());
        }
    }

    /** The counts of a subtree and its units; recognised and removed are those decided in {@code year}. */
    @JsonbPropertyOrder({"asOf", "year", "total", "units"})
    public record CountsView(LocalDate asOf, int year, UnitCountsView total, List<UnitCountsView> units) {
    }
}
