package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.ptdv.admission.control.DashboardService.Dashboard;
import vn.ptdv.shared.VietnameseFormat;

/**
 * {@code GET /dashboard}: the organisation's target, admitted and ratio for the year ({@code target} and {@code ratio}
 * null without a target), probations ending soon, units without a target.
 */
@JsonbNillable
@JsonbPropertyOrder({"organizationCode", "organizationName", "year", "target", "admitted", "ratio", "yearToDate",
        "probationsEnding", "unitsWithoutTarget"})
public record DashboardView(String organizationCode, String organizationName, int year, Integer target, long admitted,
                            String ratio, YearToDateView yearToDate, ProbationsView probationsEnding, List<UnitWithoutTargetView> unitsWithoutTarget) {

    static DashboardView of(Dashboard d) {
        Integer target = d.grid().target();
        return new DashboardView(d.grid().organization().code(), d.grid().organization().name(), d.grid().year(), target,
                d.admitted(), target == null ? null : VietnameseFormat.percent(d.admitted(), target),
                YearToDateView.of(d.yearToDate(), target),
                new ProbationsView(d.probationFrom().toString(), d.probationTo().toString(), d.probationsEndingCount(),
                        d.probationsEnding().stream().map(a -> new ProbationView(a.getId(), a.getFullName(),
                                a.getOrganizationCode(), a.getProbationEnd().toString())).toList()),
                d.unitsWithoutTarget().stream().map(r -> new UnitWithoutTargetView(r.organization().code(), r.organization().name())).toList());
    }

    /**
     * Admissions from 1/1 to {@code to} (today, or 31/12 for a past year), the ratio of the year's target, and the same
     * period of the previous year ({@code samePeriodPreviousYear} null when the code had no record then;
     * {@code comparedWithPreviousYear}: this period as a percentage of that one, null when that one is 0).
     */
    @JsonbNillable
    @JsonbPropertyOrder({"from", "to", "admitted", "ratioOfTarget", "samePeriodPreviousYear", "comparedWithPreviousYear"})
    public record YearToDateView(String from, String to, long admitted, String ratioOfTarget,
                                 SamePeriodView samePeriodPreviousYear, String comparedWithPreviousYear) {
        static YearToDateView of(vn.ptdv.admission.control.DashboardService.YearToDate y, Integer target) {
            var p = y.previous();
            return new YearToDateView(y.from().toString(), y.to().toString(), y.admitted(),
                    target == null ? null : VietnameseFormat.percent(y.admitted(), target),
                    p == null ? null : new SamePeriodView(p.organizationCode(), p.from().toString(), p.to().toString(), p.admitted(),
                            p.baselineOrganizations()),
                    p == null || p.admitted() == 0 ? null : VietnameseFormat.percent(y.admitted(), p.admitted()));
        }
    }

    /**
     * The same period of the previous year, counted over the organisation's predecessors then (through mergers, splits
     * and moves; {@code baselineOrganizations} their codes, the organisation's own when nothing changed).
     */
    @JsonbPropertyOrder({"organizationCode", "from", "to", "admitted", "baselineOrganizations"})
    public record SamePeriodView(String organizationCode, String from, String to, long admitted,
                                 List<String> baselineOrganizations) {
    }

    /** Probations ending from {@code from} to {@code to}: how many, and the first ones by name when the caller may read names. */
    @JsonbPropertyOrder({"from", "to", "count", "items"})
    public record ProbationsView(String from, String to, long count, List<ProbationView> items) {
    }

    /** One probation ending. */
    @JsonbPropertyOrder({"id", "fullName", "organizationCode", "probationEndDate"})
    public record ProbationView(long id, String fullName, String organizationCode, String probationEndDate) {
    }

    /** A unit without a registered target. */
    @JsonbPropertyOrder({"organizationCode", "organizationName"})
    public record UnitWithoutTargetView(String organizationCode, String organizationName) {
    }
}
