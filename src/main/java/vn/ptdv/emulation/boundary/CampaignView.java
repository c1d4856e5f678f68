package vn.ptdv.emulation.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.api.CampaignDefinition;

/** A campaign on the wire; {@code version} (of its definition) is absent from lists. */
@JsonbPropertyOrder({"code", "organizationCode", "planNumber", "name", "fromYear", "toYear", "participantRoot",
        "participantKinds", "tiers", "route", "procedure", "grantingBody", "grantingSigner", "version"})
public record CampaignView(String code, String organizationCode, String planNumber, String name, Integer fromYear,
                           Integer toYear, String participantRoot, List<String> participantKinds, List<TierView> tiers,
                           String route, String procedure, String grantingBody, String grantingSigner, Integer version) {

    static CampaignView of(CampaignDefinition d, Integer version) {
        return new CampaignView(d.code(), d.organizationCode(), d.planNumber(), d.name(), d.fromYear(), d.toYear(),
                d.participantRoot(), d.participantKinds(), d.tiers().stream().map(t -> new TierView(t.name(), t.quota(),
                t.criteria().stream().map(c -> new CriterionView(c.type(), c.parameters() == null ? Map.of()
                        : c.parameters())).toList())).toList(), d.route(), d.procedure(), d.grantingBody(), d.grantingSigner(),
                version);
    }

    /** Hình thức khen thưởng with its quota ({@code null}: no limit) and criteria. */
    @JsonbNillable
    @JsonbPropertyOrder({"name", "quota", "criteria"})
    public record TierView(String name, Integer quota, List<CriterionView> criteria) {
    }

    /** A criterion: its type and parameters. */
    @JsonbPropertyOrder({"type", "parameters"})
    public record CriterionView(String type, Map<String, Object> parameters) {
    }
}
