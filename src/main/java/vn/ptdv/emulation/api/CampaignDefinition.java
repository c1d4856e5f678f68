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
 * @param route             tuyến khen thưởng: {@code PARTY} (chi bộ → đảng ủy cơ sở → Ban Tổ chức → Ban Thường vụ,
 *                          12-HD/BTCTW) or {@code STATE} (Luật Thi đua, khen thưởng 2022, Nghị định 98/2023/NĐ-CP);
 *                          null means PARTY on creation and "unchanged" on an update
 * @param procedure         thủ tục: {@code FULL}, or {@code SIMPLIFIED} (thủ tục đơn giản, state route only: a brief
 *                          achievement summary, no council vote, the decision directly); null as for {@code route}
 * @param grantingBody      the state route's awarding authority, e.g. "Ủy ban nhân dân tỉnh Lào Cai" (its Chủ tịch
 *                          signs); required on the state route, unused on the party route
 * @param grantingSigner    the name of the Chủ tịch who signs on the state route; null leaves the line to be signed
 */
public record CampaignDefinition(String code, String organizationCode, String planNumber, String name, Integer fromYear,
                                 Integer toYear, String participantRoot, List<String> participantKinds,
                                 List<Tier> tiers, String route, String procedure, String grantingBody,
                                 String grantingSigner) {

    /** Tuyến khen thưởng trong Đảng (what a campaign without a route follows). */
    public static final String PARTY = "PARTY";
    /** Tuyến khen thưởng Nhà nước. */
    public static final String STATE = "STATE";
    /** Thủ tục đầy đủ: báo cáo thành tích, thẩm định, Hội đồng, quyết định. */
    public static final String FULL = "FULL";
    /** Thủ tục đơn giản (Luật Thi đua, khen thưởng 2022, Điều 85). */
    public static final String SIMPLIFIED = "SIMPLIFIED";

    /** A campaign of the party route, full procedure (the definition before routes existed). */
    public CampaignDefinition(String code, String organizationCode, String planNumber, String name, Integer fromYear,
                              Integer toYear, String participantRoot, List<String> participantKinds, List<Tier> tiers) {
        this(code, organizationCode, planNumber, name, fromYear, toYear, participantRoot, participantKinds, tiers,
                null, null, null, null);
    }

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
