package vn.ptdv.organization.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;

/** An organisation record on the wire. */
@JsonbNillable
@JsonbPropertyOrder({"code", "name", "kind", "kindLabel", "parentCode", "validFrom", "validTo", "depth"})
public record OrganizationView(String code, String name, OrganizationKind kind, String kindLabel, String parentCode,
                               LocalDate validFrom, LocalDate validTo, int depth) {

    public static OrganizationView of(OrganizationRef o) {
        return new OrganizationView(o.code(), o.name(), o.kind(), o.kind().label(), o.parentCode(), o.validFrom(),
                o.validTo(), o.depth());
    }
}
