package vn.ptdv.emulation.api;

import java.util.List;
import java.util.Map;

/**
 * Phong trào thi đua chuyên đề: what defines a campaign.
 *
 * @param code              mã phong trào, e.g. "LC-BT-PTDV-2024"
 * @param organizationCode  the issuing organisation (cơ quan phát động), e.g. "LC-BT"
 * @param planNumber        số kế hoạch / quyết định phát động, e.g. "125-KH/HU"
 * @param name              tên phong trào
 * @param fromYear          first year of the period
 * @param toYear            last year of the period
 * @param participantRoot   the organisation whose subtree takes part; null means the issuing organisation
 * @param participantKinds  the organisation kinds that take part (names of OrganizationKind)
 * @param tiers             award tiers, highest first
 */
public record CampaignDefinition(String code, String organizationCode, String planNumber, String name, Integer fromYear,
                                 Integer toYear, String participantRoot, List<String> participantKinds,
                                 List<Tier> tiers) {

    /** Hình thức khen thưởng: a tier with its quota (null: no limit) and criteria that must all hold. */
    public record Tier(String name, Integer quota, List<Criterion> criteria) {
    }

    /**
     * Tiêu chí: a type and its parameters, e.g. {@code TARGET_RATIO_AT_LEAST {"percent": 120}}. Parameter values are
     * numbers, strings (group names, ratings, ISO dates) as JSON gives them.
     */
    public record Criterion(String type, Map<String, Object> parameters) {
    }
}
