package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.ptdv.admission.control.AdmissionService;

/** {@code GET /admissions}: one page of the list and the count of the whole filter. */
@JsonbPropertyOrder({"total", "page", "size", "items"})
public record AdmissionPageView(long total, int page, int size, List<AdmissionView> items) {

    static AdmissionPageView of(AdmissionService.Page p) {
        return new AdmissionPageView(p.total(), p.page(), p.size(), p.items().stream().map(AdmissionView::of).toList());
    }
}
