package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.control.ProgressService;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * {@code GET /ptdv/api/admissions/progress}: the figures of the periodic progress report (ratios in percent, one
 * decimal; null when there is no target or no member to compare with).
 */
@JsonbPropertyOrder({"organizationCode", "organizationName", "year", "period", "periodLabel", "from", "to", "admitted",
        "women", "minorities", "target", "ratio", "samePeriodPreviousYear", "previousFrom", "previousTo", "baselineOrganizations",
        "baselineSameUnit", "membersAtPreviousYearEnd", "ratioOfMembers", "recognised", "removed", "threshold",
        "unitsWithoutAdmission", "unitsBelowRatio", "units"})
public record ProgressView(String organizationCode, String organizationName, int year, String period, String periodLabel,
                           LocalDate from, LocalDate to, long admitted, long women, long minorities,
                           Integer target, BigDecimal ratio,
                           long samePeriodPreviousYear, LocalDate previousFrom, LocalDate previousTo,
                           List<UnitRef> baselineOrganizations, boolean baselineSameUnit, long membersAtPreviousYearEnd,
                           BigDecimal ratioOfMembers, long recognised, long removed, BigDecimal threshold,
                           List<UnitView> unitsWithoutAdmission, List<UnitView> unitsBelowRatio,
                           List<UnitView> units) {

    /** A predecessor of the baseline: the record of the earlier period (its dates tell a merged unit from a kept one). */
    @JsonbPropertyOrder({"code", "name", "validFrom", "validTo"})
    public record UnitRef(String code, String name, LocalDate validFrom, LocalDate validTo) {
        static UnitRef of(OrganizationRef r) {
            return new UnitRef(r.code(), r.name(), r.validFrom(), r.validTo());
        }
    }

    /** A unit of the organisation now, with its figures of the period. */
    @JsonbPropertyOrder({"code", "name", "kind", "parentCode", "target", "admitted", "ratio", "samePeriodPreviousYear"})
    public record UnitView(String code, String name, String kind, String parentCode, Integer target, long admitted,
                           BigDecimal ratio, long samePeriodPreviousYear) {
        static UnitView of(ProgressService.Unit u) {
            return new UnitView(u.unit().code(), u.unit().name(), u.unit().kind().name(), u.unit().parentCode(), u.target(),
                    u.admitted(), u.ratio(), u.previous());
        }
    }

    public static ProgressView of(ProgressService.Progress p) {
        return new ProgressView(p.organization().code(), p.organization().name(), p.year(), p.period().code(),
                p.period().label(), p.period().from(), p.period().to(), p.admitted(), p.women(), p.minorities(),
                p.target(), p.ratio(),
                p.samePeriodPreviousYear(), p.baseline().from(), p.baseline().to(),
                p.baseline().predecessors().stream().map(UnitRef::of).toList(), p.baseline().sameUnit(),
                p.membersAtPreviousYearEnd(), p.ratioOfMembers(), p.recognised(), p.removed(), p.threshold(),
                p.unitsWithoutAdmission().stream().map(UnitView::of).toList(),
                p.unitsBelowRatio().stream().map(UnitView::of).toList(), p.children().stream().map(UnitView::of).toList());
    }
}
