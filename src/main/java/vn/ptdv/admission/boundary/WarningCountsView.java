package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.WarningCode;
import vn.ptdv.admission.control.AdmissionWarningService.WarningCounts;

/** {@code GET /admissions/warnings}: admissions with each warning in the subtree ({@code year} null: every year). */
@JsonbNillable
@JsonbPropertyOrder({"organizationCode", "organizationName", "year", "totals", "units"})
public record WarningCountsView(String organizationCode, String organizationName, Integer year,
                                Map<WarningCode, Long> totals, List<UnitWarningsView> units) {

    static WarningCountsView of(WarningCounts c) {
        return new WarningCountsView(c.organization().code(), c.organization().name(), c.year(), c.totals(),
                c.children().stream().map(r -> new UnitWarningsView(r.organization().code(), r.organization().name(), r.counts())).toList());
    }

    /** A direct unit and its counts. */
    @JsonbPropertyOrder({"organizationCode", "organizationName", "counts"})
    public record UnitWarningsView(String organizationCode, String organizationName, Map<WarningCode, Long> counts) {
    }
}
