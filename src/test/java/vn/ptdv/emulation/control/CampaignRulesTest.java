package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.CampaignDefinition.Criterion;
import vn.ptdv.emulation.api.CampaignDefinition.Tier;
import vn.ptdv.emulation.api.QualityRating;

class CampaignRulesTest {

    static CampaignDefinition campaign(List<Tier> tiers) {
        return new CampaignDefinition("LC-PTDV-2024", "LC", "125-KH/TU", "Phong trào thi đua", 2024, 2024, null,
                List.of("UPPER_GRASSROOTS_COMMITTEE"), tiers);
    }

    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aValidDefinitionParsesToTypedCriteria() {
        CampaignDefinition d = campaign(List.of(new Tier("Bằng khen", 3, List.of(
                new Criterion("TARGET_RATIO_AT_LEAST", params("percent", new BigDecimal("120"))),
                new Criterion("ADMITTED_AT_LEAST", params("count", 10)),
                new Criterion("GROUP_ADMITTED_AT_LEAST", params("group", "WOMEN", "count", new BigDecimal("5"))),
                new Criterion("TARGET_REGISTERED_BY", params("date", "2024-03-31")),
                new Criterion("QUALITY_RATING_AT_LEAST", params("rating", "HOAN_THANH_TOT")),
                new Criterion("NO_DISCIPLINE", null),
                new Criterion("NO_UNRESOLVED_VIOLATION", Map.of())))));
        assertTrue(CampaignRules.check(d).isEmpty(), () -> CampaignRules.check(d).errors().toString());
        var tiers = CampaignRules.tiers(d);
        assertEquals(7, tiers.get(0).criteria().size());
        assertEquals(0, new BigDecimal("120").compareTo(tiers.get(0).criteria().get(0).percent()));
        assertEquals(AdmittedGroup.WOMEN, tiers.get(0).criteria().get(2).group());
        assertEquals(QualityRating.HOAN_THANH_TOT, tiers.get(0).criteria().get(4).rating());
    }

    @Test
    void everyErrorIsListedWithItsFieldPath() {
        CampaignDefinition d = campaign(List.of(
                new Tier("Bằng khen", -1, List.of(
                        new Criterion("TARGET_RATIO_AT_LEAST", params("percent", "cao")),
                        new Criterion("NO_SUCH_TYPE", Map.of()),
                        new Criterion("ADMITTED_AT_LEAST", params("count", new BigDecimal("-2"))),
                        new Criterion("GROUP_ADMITTED_AT_LEAST", params("group", "ELDERS", "count", 1)),
                        new Criterion("QUALITY_RATING_AT_LEAST", Map.of()),
                        new Criterion("TARGET_REGISTERED_BY", params("date", "31/03/2024")),
                        new Criterion("NO_DISCIPLINE", params("years", 2)),
                        new Criterion("ADMITTED_AT_LEAST", params("count", new BigDecimal("2.5"))))),
                new Tier(" ", null, List.of())));
        Map<String, String> e = CampaignRules.check(d).errors();
        assertTrue(e.get("tiers[0].quota").contains("không được âm"));
        assertTrue(e.get("tiers[0].criteria[0].parameters.percent").contains("phải là một số"));
        assertTrue(e.get("tiers[0].criteria[1].type").contains("NO_SUCH_TYPE"));
        assertTrue(e.get("tiers[0].criteria[2].parameters.count").contains("không được âm"));
        assertTrue(e.get("tiers[0].criteria[3].parameters.group").contains("ELDERS"));
        assertTrue(e.get("tiers[0].criteria[4].parameters.rating").contains("Thiếu tham số"));
        assertTrue(e.get("tiers[0].criteria[5].parameters.date").contains("YYYY-MM-DD"));
        assertTrue(e.get("tiers[0].criteria[6].parameters.years").contains("không có tham số"));
        assertTrue(e.get("tiers[0].criteria[7].parameters.count").contains("số nguyên"));
        assertTrue(e.containsKey("tiers[1].name"));
        assertTrue(e.containsKey("tiers[1].criteria"));
        assertEquals(11, e.size(), e::toString);
    }

    @Test
    void missingPercentAndBadHeader() {
        CampaignDefinition d = new CampaignDefinition("lc bad", null, "", "", 2025, 2024, null, List.of("TOWN"),
                List.of(new Tier("Giấy khen", 1, List.of(new Criterion("TARGET_RATIO_AT_LEAST", Map.of())))));
        Map<String, String> e = CampaignRules.check(d).errors();
        for (String f : List.of("code", "organizationCode", "planNumber", "name", "toYear", "participantKinds[0]",
                "tiers[0].criteria[0].parameters.percent")) {
            assertTrue(e.containsKey(f), f + " in " + e);
        }
        assertTrue(CampaignRules.check(campaign(null)).errors().containsKey("tiers"));
    }

    private static CampaignDefinition routed(String route, String procedure, String body) {
        CampaignDefinition d = campaign(List.of(new Tier("Bằng khen", 3, List.of(new Criterion("NO_DISCIPLINE", null)))));
        return new CampaignDefinition(d.code(), d.organizationCode(), d.planNumber(), d.name(), d.fromYear(), d.toYear(),
                d.participantRoot(), d.participantKinds(), d.tiers(), route, procedure, body, null);
    }

    @Test
    void theSimplifiedProcedureBelongsToTheStateRouteWhichNamesItsAuthority() {
        assertTrue(CampaignRules.check(routed(null, null, null)).isEmpty(), "no route: the party route, full procedure");
        assertTrue(CampaignRules.check(routed("STATE", "SIMPLIFIED", "Ủy ban nhân dân tỉnh Lào Cai")).isEmpty());
        assertTrue(CampaignRules.check(routed("PARTY", "SIMPLIFIED", null)).errors().get("procedure").contains("Điều 85"));
        assertTrue(CampaignRules.check(routed("STATE", "FULL", " ")).errors().containsKey("grantingBody"));
        assertTrue(CampaignRules.check(routed("PARTY", "FULL", "Ủy ban nhân dân tỉnh Lào Cai")).errors().containsKey("grantingBody"));
        assertTrue(CampaignRules.check(routed("NATION", "FULL", null)).errors().get("route").contains("PARTY"));
        assertTrue(CampaignRules.check(routed("STATE", "QUICK", "Ủy ban nhân dân tỉnh Lào Cai")).errors().containsKey("procedure"));
    }
}
