package vn.ptdv.organization.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.platform.rest.Violations;

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

    /**
     * The errors of giving a record {@code kind} (a correction): it must stand under its parent of {@code parentKind}
     * (or be the top kind when {@code parentKind} is null), and, when the kind changes from {@code current}, each open
     * unit under it (code → kind) must stand under the new kind.
     */
    public static void checkKind(Violations v, OrganizationKind kind, OrganizationKind current, OrganizationKind parentKind,
                                 Map<String, OrganizationKind> openUnits) {
        if (kind == null) {
            return;
        }
        if (parentKind != null) {
            v.check(mayStandUnder(kind, parentKind), "kind", placementMessage(kind) + ".");
        } else {
            v.check(isRootKind(kind), "kind", placementMessage(kind) + ".");
        }
        if (kind != current) {
            openUnits.forEach((code, unitKind) -> v.check(mayStandUnder(unitKind, kind), "kind",
                    "Không thể đổi loại: tổ chức trực thuộc " + code + " không thể đứng dưới "
                            + kind.label().toLowerCase(java.util.Locale.ROOT) + "."));
        }
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
