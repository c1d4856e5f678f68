package vn.ptdv.emulation.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.control.EligibilityEvaluator.Check;
import vn.ptdv.emulation.entity.Campaign;

/**
 * A campaign's definition and an evaluation's checks as the emulation tables keep them: criteria parameters and the
 * checks of a row as JSON text, read back as they were written.
 */
final class CampaignJson {

    private CampaignJson() {
    }

    /** The stored campaign as its definition. */
    static CampaignDefinition definition(Campaign c) {
        List<CampaignDefinition.Tier> tiers = c.getTiers().stream().map(t -> new CampaignDefinition.Tier(t.getName(),
                t.getQuota(), t.getCriteria().stream().map(x -> new CampaignDefinition.Criterion(x.getType(),
                        parameters(x.getParameters()))).toList())).toList();
        return new CampaignDefinition(c.getCode(), c.getOrganizationCode(), c.getPlanNumber(), c.getName(),
                c.getFromYear(), c.getToYear(), c.getParticipantRoot(), c.getParticipantKinds(), tiers, c.getRoute(),
                c.getProcedure(), c.getGrantingBody(), c.getGrantingSigner());
    }

    /** A stored parameters object: numbers as BigDecimal, strings as String. */
    static Map<String, Object> parameters(String json) {
        Map<String, Object> result = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> result.put(k, switch (v.getValueType()) {
                case NUMBER -> ((jakarta.json.JsonNumber) v).bigDecimalValue();
                case STRING -> ((jakarta.json.JsonString) v).getString();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> v.toString();
            }));
        }
        return result;
    }

    static String checksJson(List<Check> checks) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Check c : checks) {
            a.add(Json.createObjectBuilder().add("tier", c.tier()).add("tierName", c.tierName()).add("type", c.type())
                    .add("label", c.label()).add("measured", c.measured() == null ? "" : c.measured())
                    .add("threshold", c.threshold()).add("met", c.met()).add("reason", c.reason()));
        }
        return a.build().toString();
    }

    static List<Check> checks(String json) {
        List<Check> result = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                result.add(new Check(o.getInt("tier"), o.getString("tierName"), o.getString("type"), o.getString("label"),
                        o.getString("measured"), o.getString("threshold"), o.getBoolean("met"), o.getString("reason")));
            }
        }
        return result;
    }
}
