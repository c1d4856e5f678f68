package vn.ptdv.organization.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ptdv.organization.api.OrganizationKind;

/** Which kind may stand under which (Điều lệ Đảng; the 2025 reform lets grassroots committees sit directly under a province). */
public final class OrganizationRules {

    /** Codes: capital letters, digits and hyphens, starting with a letter or digit (LC, LC-VB-NM). */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

    private static final Map<OrganizationKind, Set<OrganizationKind>> ALLOWED_PARENTS = Map.of(
            OrganizationKind.PROVINCIAL_COMMITTEE, EnumSet.noneOf(OrganizationKind.class),
            OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, EnumSet.of(OrganizationKind.PROVINCIAL_COMMITTEE),
            OrganizationKind.GRASSROOTS_COMMITTEE, EnumSet.of(OrganizationKind.PROVINCIAL_COMMITTEE,
                    OrganizationKind.UPPER_GRASSROOTS_COMMITTEE),
            OrganizationKind.GRASSROOTS_CELL, EnumSet.of(OrganizationKind.PROVINCIAL_COMMITTEE,
                    OrganizationKind.UPPER_GRASSROOTS_COMMITTEE),
            OrganizationKind.PARTIAL_COMMITTEE, EnumSet.of(OrganizationKind.GRASSROOTS_COMMITTEE),
            OrganizationKind.CELL, EnumSet.of(OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.PARTIAL_COMMITTEE));

    private OrganizationRules() {
    }

    public static boolean isRootKind(OrganizationKind kind) {
        return kind == OrganizationKind.PROVINCIAL_COMMITTEE;
    }

    public static boolean mayStandUnder(OrganizationKind child, OrganizationKind parent) {
        return ALLOWED_PARENTS.get(child).contains(parent);
    }

    /** A Vietnamese explanation of where a kind may stand. */
    public static String placementMessage(OrganizationKind child) {
        Set<OrganizationKind> parents = ALLOWED_PARENTS.get(child);
        if (parents.isEmpty()) {
            return child.label() + " là cấp cao nhất, không có tổ chức cấp trên";
        }
        StringBuilder b = new StringBuilder(child.label()).append(" chỉ trực thuộc ");
        int i = 0;
        for (OrganizationKind p : parents) {
            b.append(i++ == 0 ? "" : " hoặc ").append(p.label().toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
