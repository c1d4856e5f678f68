package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.List;
import vn.ptdv.organization.api.IssuerDetails;

/**
 * Issuer details (thể thức văn bản) of the demo: the province and its 13 upper-grassroots units.
 * <p>
 * The province's report on party-member development is issued by the Tỉnh ủy's Organisation Board (Ban Tổ chức, the
 * advisory body in charge of organisation-building): header "TỈNH ỦY LÀO CAI" over "BAN TỔ CHỨC", symbol "BTCTU"
 * ("Số …-BC/BTCTU"), and as an advisory body it signs "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" (domain.md §4.1). The units'
 * committees (Huyện ủy, Thị ủy, Thành ủy, Đảng ủy) sign "T/M BAN THƯỜNG VỤ". Signers' names are invented placeholders
 * ("Mẫu" = sample, "Thử" = test): never real officials.
 */
final class LaoCaiIssuers {

    static final String SUPERIOR = "ĐẢNG BỘ TỈNH LÀO CAI";

    private LaoCaiIssuers() {
    }

    static List<IssuerDetails> all() {
        List<IssuerDetails> all = new ArrayList<>();
        all.add(new IssuerDetails("LC", "TỈNH ỦY LÀO CAI", List.of("BAN TỔ CHỨC"), "BTCTU", "Lào Cai",
                "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Mẫu",
                List.of("Ban Tổ chức Trung ương (báo cáo)", "Thường trực Tỉnh ủy (báo cáo)",
                        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Lãnh đạo Ban",
                        "Lưu Văn phòng Ban"), true));
        String[] signers = {"Lê Văn Mẫu", "Vàng A Thử", "Phàn Văn Mẫu", "Lù Thị Thử", "Giàng Seo Mẫu", "Hoàng Văn Thử",
            "Trần Thị Mẫu", "Nông Văn Thử", "Lò Văn Mẫu", "Đỗ Thị Thử", "Phạm Văn Mẫu", "Bùi Văn Thử", "Vũ Văn Mẫu"};
        int i = 0;
        for (LaoCaiUnits.Upper u : LaoCaiUnits.UPPERS) {
            String issuing;
            String symbol;
            String place;
            String office;
            if (u.isDistrict()) {
                issuing = u.committeeTitle().toUpperCase(java.util.Locale.forLanguageTag("vi-VN")) + " "
                        + u.shortPlace().toUpperCase(java.util.Locale.forLanguageTag("vi-VN"));
                symbol = switch (u.committeeTitle()) {
                    case "Thành ủy" -> "ThU";
                    case "Thị ủy" -> "TxU";
                    default -> "HU";
                };
                place = u.shortPlace();
                office = "Lưu Văn phòng " + u.committeeTitle();
            } else {
                issuing = u.name().replaceFirst("^Đảng bộ", "Đảng ủy").toUpperCase(java.util.Locale.forLanguageTag("vi-VN"));
                symbol = u.code().equals("LC-CQDN") ? "ĐUK" : "ĐU";
                place = "Lào Cai";
                office = "Lưu Văn phòng Đảng ủy";
            }
            all.add(new IssuerDetails(u.code(), SUPERIOR, List.of(issuing), symbol, place, "T/M BAN THƯỜNG VỤ",
                    "PHÓ BÍ THƯ", signers[i++ % signers.length],
                    List.of("Ban Tổ chức Tỉnh ủy (báo cáo)", "Các tổ chức cơ sở đảng trực thuộc", office), true));
        }
        return all;
    }
}
