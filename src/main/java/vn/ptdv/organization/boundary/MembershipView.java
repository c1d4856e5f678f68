package vn.ptdv.organization.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.control.MembershipService;

/**
 * {@code GET /organizations/{code}/membership}: the organisation's own latest figures ({@code own}, absent when none are
 * recorded) and the sum over its subtree on the date.
 */
@JsonbPropertyOrder({"organizationCode", "date", "own", "subtree"})
public record MembershipView(String organizationCode, String date, OwnMembershipView own, MembershipFigures subtree) {

    static MembershipView of(MembershipService.Figures f) {
        return new MembershipView(f.organization().code(), f.date().toString(),
                f.own().map(o -> new OwnMembershipView(o.getAsOf().toString(), o.getTotal(), o.getWomen(), o.getMinorities(),
                        o.getProbationary())).orElse(null),
                f.subtree());
    }

    /** The organisation's own members as recorded on {@code asOf}. */
    @JsonbPropertyOrder({"asOf", "total", "women", "minorities", "probationary"})
    public record OwnMembershipView(String asOf, int total, int women, int minorities, int probationary) {
    }
}
