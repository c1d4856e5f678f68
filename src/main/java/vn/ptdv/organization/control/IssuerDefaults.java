package vn.ptdv.organization.control;

import java.util.List;
import java.util.Locale;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.VietnameseText;

/**
 * The issuer details of an organisation that has none registered, derived from its name: a party committee issues
 * as its executive committee ("Đảng bộ xã Nậm Mả" → "ĐẢNG ỦY XÃ NẬM MẢ", symbol "ĐU", "T/M ĐẢNG ỦY"), a cell as the
 * cell ("CHI BỘ …", "CB", "T/M CHI BỘ"), a province as the Tỉnh ủy ("TU", "T/M BAN THƯỜNG VỤ"). The superior body is
 * the parent's name in capitals; no place (the date line then has none); the signer's name is left blank.
 */
public final class IssuerDefaults {

    private static final Locale VI = VietnameseText.VI_VN;

    private IssuerDefaults() {
    }

    public static IssuerDetails of(OrganizationRef org, String parentName) {
        String name = org.name();
        String issuing;
        String symbol;
        String authority;
        boolean cell = org.kind() == OrganizationKind.CELL || org.kind() == OrganizationKind.GRASSROOTS_CELL;
        if (cell) {
            issuing = name;
            symbol = "CB";
            authority = "T/M CHI BỘ";
        } else if (org.kind() == OrganizationKind.PROVINCIAL_COMMITTEE) {
            issuing = name.replaceFirst("^Đảng bộ tỉnh", "Tỉnh ủy");
            symbol = "TU";
            authority = "T/M BAN THƯỜNG VỤ";
        } else {
            issuing = name.replaceFirst("^Đảng bộ", "Đảng ủy");
            symbol = "ĐU";
            authority = org.kind() == OrganizationKind.UPPER_GRASSROOTS_COMMITTEE ? "T/M BAN THƯỜNG VỤ" : "T/M ĐẢNG ỦY";
        }
        String superior = parentName == null ? null : parentName.toUpperCase(VI);
        return new IssuerDetails(org.code(), superior, List.of(issuing.toUpperCase(VI)), symbol, null, authority,
                "BÍ THƯ", null, List.of("Lưu"), false);
    }
}
