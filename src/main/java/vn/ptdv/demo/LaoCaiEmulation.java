package vn.ptdv.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.CampaignDefinition.Criterion;
import vn.ptdv.emulation.api.CampaignDefinition.Tier;
import vn.ptdv.emulation.api.EmulationRegistry.DisciplineRecord;
import vn.ptdv.emulation.api.EmulationRegistry.RatingRecord;
import vn.ptdv.emulation.api.QualityRating;
import vn.ptdv.organization.api.OrganizationKind;

/**
 * The emulation part of the demo (demo-data.md, "Emulation"): Bảo Thắng's 2024 thematic campaign for its grassroots
 * committees and cells, the province's campaign for the 13 upper-grassroots units, quality ratings of 2024 and one
 * disciplinary action, chosen so that the evaluation is not trivial: some units are proposed, others are not because
 * of their ratio, their rating, the discipline or the quota.
 */
final class LaoCaiEmulation {

    static final int YEAR = 2024;
    static final String BAO_THANG_CAMPAIGN = "LC-BT-PTDV-2024";
    static final String PROVINCE_CAMPAIGN = "LC-PTDV-2024";
    static final String CAMPAIGN_NAME = "Phong trào thi đua chuyên đề về công tác phát triển đảng viên năm 2024";

    private static final Set<OrganizationKind> BAO_THANG_KINDS = Set.of(OrganizationKind.GRASSROOTS_COMMITTEE,
            OrganizationKind.CELL, OrganizationKind.GRASSROOTS_CELL);

    private LaoCaiEmulation() {
    }

    static List<CampaignDefinition> campaigns() {
        Criterion atLeast100 = new Criterion("TARGET_RATIO_AT_LEAST", Map.of("percent", BigDecimal.valueOf(100)));
        Criterion atLeast120 = new Criterion("TARGET_RATIO_AT_LEAST", Map.of("percent", BigDecimal.valueOf(120)));
        Criterion goodRating = new Criterion("QUALITY_RATING_AT_LEAST", Map.of("rating", QualityRating.HOAN_THANH_TOT.name()));
        Criterion noDiscipline = new Criterion("NO_DISCIPLINE", Map.of());
        Criterion noViolation = new Criterion("NO_UNRESOLVED_VIOLATION", Map.of());
        CampaignDefinition baoThang = new CampaignDefinition(BAO_THANG_CAMPAIGN, "LC-BT", "125-KH/HU",
                CAMPAIGN_NAME, YEAR, YEAR, "LC-BT",
                BAO_THANG_KINDS.stream().map(Enum::name).sorted().toList(),
                List.of(new Tier("Giấy khen của Ban Thường vụ Huyện ủy", 15,
                        List.of(atLeast100, goodRating, noDiscipline, noViolation))));
        CampaignDefinition province = new CampaignDefinition(PROVINCE_CAMPAIGN, "LC", "210-KH/TU", CAMPAIGN_NAME,
                YEAR, YEAR, "LC", List.of(OrganizationKind.UPPER_GRASSROOTS_COMMITTEE.name()),
                List.of(new Tier("Bằng khen của Ban Thường vụ Tỉnh ủy", 3,
                                List.of(atLeast120, goodRating, noDiscipline, noViolation)),
                        new Tier("Giấy khen của Ban Tổ chức Tỉnh ủy", 5,
                                List.of(atLeast100, goodRating, noDiscipline, noViolation))));
        return List.of(baoThang, province);
    }

    /**
     * Ratings of 2024: the 13 upper-grassroots units (Si Ma Cai only "Hoàn thành nhiệm vụ"), and every grassroots
     * committee and cell of Bảo Thắng in code order: every 9th "Hoàn thành nhiệm vụ", every 13th not rated yet, every
     * 5th "Hoàn thành xuất sắc nhiệm vụ", the rest "Hoàn thành tốt nhiệm vụ".
     */
    static List<RatingRecord> ratings(List<OrganizationSeed> organizations) {
        List<RatingRecord> ratings = new ArrayList<>();
        for (String code : List.of("LC-TP", "LC-SP", "LC-BX", "LC-BH", "LC-BT", "LC-BY", "LC-CQDN", "LC-QS", "LC-CA")) {
            ratings.add(new RatingRecord(code, YEAR, QualityRating.HOAN_THANH_TOT));
        }
        for (String code : List.of("LC-MK", "LC-VB", "LC-BP")) {
            ratings.add(new RatingRecord(code, YEAR, QualityRating.HOAN_THANH_XUAT_SAC));
        }
        ratings.add(new RatingRecord("LC-SMC", YEAR, QualityRating.HOAN_THANH));
        List<OrganizationSeed> baoThang = organizations.stream()
                .filter(o -> o.code().startsWith("LC-BT-") && BAO_THANG_KINDS.contains(o.kind()))
                .sorted(Comparator.comparing(OrganizationSeed::code)).toList();
        for (int i = 0; i < baoThang.size(); i++) {
            String code = baoThang.get(i).code();
            if (i % 13 == 12) {
                continue;
            }
            QualityRating r = i % 9 == 4 ? QualityRating.HOAN_THANH
                    : i % 5 == 0 ? QualityRating.HOAN_THANH_XUAT_SAC : QualityRating.HOAN_THANH_TOT;
            ratings.add(new RatingRecord(code, YEAR, r));
        }
        return ratings;
    }

    /** One disciplinary action of 2024: a reprimand of the Khối Cơ quan - Doanh nghiệp committee (fictitious). */
    static List<DisciplineRecord> disciplines() {
        return List.of(new DisciplineRecord("LC-CQDN", LocalDate.of(YEAR, 9, 12), "Khiển trách", "58-QĐ/UBKTTU",
                "Dữ liệu mô phỏng: buông lỏng lãnh đạo, kiểm tra, giám sát (không có thật)."));
    }
}
