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

    /**
     * The issuers of the demo's two later structures: old Yên Bái (Tỉnh ủy Yên Bái and its district committees, until
     * 30/6/2025) and the committees directly under the new province from 1/7/2025 (ĐẢNG BỘ TỈNH LÀO CAI over ĐẢNG ỦY XÃ
     * …, ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH, ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH). The province itself and the armed forces'
     * committees keep their codes and their issuers. Invented signers, as above.
     */
    static List<IssuerDetails> now(List<OrganizationSeed> committees) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi-VN");
        List<IssuerDetails> all = new ArrayList<>();
        all.add(new IssuerDetails("YB", "TỈNH ỦY YÊN BÁI", List.of("BAN TỔ CHỨC"), "BTCTU", "Yên Bái",
                "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Văn Mẫu",
                List.of("Ban Tổ chức Trung ương (báo cáo)", "Thường trực Tỉnh ủy (báo cáo)",
                        "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Lưu Văn phòng Ban"), true));
        String[] signers = {"Hà Văn Mẫu", "Đinh Thị Thử", "Hoàng Văn Mẫu", "Lò Thị Thử", "Giàng A Mẫu", "Vi Văn Thử"};
        int i = 0;
        for (YenBaiUnits.District d : YenBaiUnits.DISTRICTS) {
            String title = d.place().startsWith("thành phố") ? "Thành ủy" : d.place().startsWith("thị xã") ? "Thị ủy" : "Huyện ủy";
            String place = d.place().replaceFirst("^(huyện|thị xã|thành phố) ", "");
            all.add(new IssuerDetails(d.code(), "ĐẢNG BỘ TỈNH YÊN BÁI", List.of((title + " " + place).toUpperCase(vi)),
                    d.issuer().replaceFirst("-.*", ""), place, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", signers[i++ % signers.length],
                    List.of("Ban Tổ chức Tỉnh ủy (báo cáo)", "Các tổ chức cơ sở đảng trực thuộc", "Lưu Văn phòng " + title), true));
        }
        for (OrganizationSeed c : committees) {
            if (List.of("LC-QS", "LC-BP", "LC-CA").contains(c.code())) {
                continue;
            }
            String committee = c.name().replaceFirst("^Đảng bộ", "Đảng ủy");
            String place = c.name().replaceFirst("^Đảng bộ (xã|phường) ", "");
            boolean commune = !place.equals(c.name());
            all.add(new IssuerDetails(c.code(), SUPERIOR, List.of(committee.toUpperCase(vi)), "ĐU",
                    commune ? place : "Lào Cai", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", signers[i++ % signers.length],
                    List.of("Ban Tổ chức Tỉnh ủy (báo cáo)", commune ? "Các chi bộ trực thuộc" : "Các tổ chức cơ sở đảng trực thuộc",
                            "Lưu Văn phòng Đảng ủy"), true));
        }
        return all;
    }
}
