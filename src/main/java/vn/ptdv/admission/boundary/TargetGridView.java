package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.ptdv.admission.control.TargetService.TargetGrid;

/**
 * {@code GET /organizations/{code}/targets?year=}: the organisation's own target of the year and each direct unit's
 * ({@code admissions} null: none registered).
 */
@JsonbNillable
@JsonbPropertyOrder({"organizationCode", "organizationName", "year", "admissions", "children"})
public record TargetGridView(String organizationCode, String organizationName, int year, Integer admissions,
                             List<UnitTargetView> children) {

    static TargetGridView of(TargetGrid grid) {
        return new TargetGridView(grid.organization().code(), grid.organization().name(), grid.year(), grid.target(),
                grid.children().stream().map(r -> new UnitTargetView(r.organization().code(), r.organization().name(),
                        r.organization().kind().name(), r.target())).toList());
    }

    /** A direct unit and its target. */
    @JsonbNillable
    @JsonbPropertyOrder({"organizationCode", "organizationName", "kind", "admissions"})
    public record UnitTargetView(String organizationCode, String organizationName, String kind, Integer admissions) {
    }
}
