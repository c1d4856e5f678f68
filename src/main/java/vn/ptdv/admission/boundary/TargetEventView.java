package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import vn.ptdv.admission.entity.TargetEvent;

/** {@code GET /organizations/{code}/targets/{year}/history}: a registration or adjustment of a target. */
@JsonbNillable
@JsonbPropertyOrder({"type", "admissions", "occurredAt", "note"})
public record TargetEventView(String type, int admissions, String occurredAt, String note) {

    static TargetEventView of(TargetEvent e) {
        return new TargetEventView(e.getType(), e.getAdmissions(), e.getOccurredAt().toString(), e.getNote());
    }
}
