package vn.ptdv.organization.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.ptdv.organization.control.OrganizationService;

/** {@code GET /organizations/{code}/history}: the code's records over time and its lineage links. */
@JsonbPropertyOrder({"records", "lineage"})
public record OrganizationHistoryView(List<OrganizationView> records, List<LineageView> lineage) {

    static OrganizationHistoryView of(OrganizationService.History h) {
        return new OrganizationHistoryView(h.records().stream().map(OrganizationView::of).toList(),
                h.lineage().stream().map(l -> new LineageView(l.type().name(), l.effectiveDate().toString(),
                        OrganizationView.of(l.predecessor()), OrganizationView.of(l.successor()))).toList());
    }

    /** A predecessor → successor link (MERGE, SPLIT, RENAME, REPARENT) from its effective date. */
    @JsonbPropertyOrder({"type", "effectiveDate", "predecessor", "successor"})
    public record LineageView(String type, String effectiveDate, OrganizationView predecessor, OrganizationView successor) {
    }
}
