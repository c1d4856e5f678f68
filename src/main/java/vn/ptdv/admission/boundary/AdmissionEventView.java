package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import vn.ptdv.admission.entity.AdmissionEvent;

/** {@code GET /admissions/{id}/history}: one event of a record, with the values it left (a JSON text). */
@JsonbNillable
@JsonbPropertyOrder({"type", "occurredAt", "reason", "values"})
public record AdmissionEventView(String type, String occurredAt, String reason, String values) {

    static AdmissionEventView of(AdmissionEvent e) {
        return new AdmissionEventView(e.getType().name(), e.getOccurredAt().toString(), e.getReason(), e.getSnapshot());
    }
}
