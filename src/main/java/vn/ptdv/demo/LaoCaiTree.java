package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ptdv.demo.LaoCaiUnits.Upper;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.shared.VietnameseText;

/**
 * Builds the organisation tree: LC, the 13 units of demo-data.md, and under them communes with their village cells,
 * district agencies, schools and enterprises, and the affiliated committees' agencies and units. Codes of generated
 * units extend the parent's code with a two-digit running number; the named units keep their letter codes.
 */
final class LaoCaiTree {

    final Unit root;
    final Map<String, Unit> byCode = new LinkedHashMap<>();
    final Map<Unit, Upper> specs = new LinkedHashMap<>();
    private final SplittableRandom rng;

    private LaoCaiTree(SplittableRandom rng) {
        this.rng = rng;
        this.root = new Unit("LC", "Đảng bộ tỉnh Lào Cai", OrganizationKind.PROVINCIAL_COMMITTEE, null, null);
    }

    static LaoCaiTree build(SplittableRandom rng) {
        LaoCaiTree tree = new LaoCaiTree(rng);
        for (Upper spec : LaoCaiUnits.UPPERS) {
            Unit upper = new Unit(spec.code(), spec.name(), OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, tree.root, null);
            tree.specs.put(upper, spec);
            if (spec.isDistrict()) {
                tree.buildDistrict(upper, spec);
            } else {
                tree.buildAffiliated(upper, spec);
            }
        }
        tree.root.visit(u -> tree.byCode.put(u.code, u));
        return tree;
    }

    Unit get(String code) {
        Unit unit = byCode.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("no unit " + code);
        }
        return unit;
    }

    Upper spec(Unit unit) {
        return specs.get(unit.upper());
    }

    /** The grassroots organisations (đảng bộ cơ sở and chi bộ cơ sở) directly under an upper-grassroots unit. */
    static List<Unit> grassroots(Unit upper) {
        return upper.children;
    }

    // ---- districts --------------------------------------------------------------------------------------------

    private void buildDistrict(Unit upper, Upper spec) {
        int seq = 0;
        boolean highland = spec.minorityShare() >= 0.8;
        for (String commune : spec.communes()) {
            String[] named = named(spec.code(), commune);
            String code = named != null ? named[2] : number(upper, ++seq);
            Unit committee = new Unit(code, nfc("Đảng bộ " + commune), OrganizationKind.GRASSROOTS_COMMITTEE, upper, null);
            communeCells(committee, commune, highland, named);
        }
        for (String[] template : LaoCaiUnits.DISTRICT_COMMITTEES) {
            String name = place(template[0], spec);
            Unit committee = new Unit(number(upper, ++seq), name, OrganizationKind.GRASSROOTS_COMMITTEE, upper, null);
            districtCommitteeCells(committee, template[1], spec);
        }
        for (String[] template : LaoCaiUnits.DISTRICT_GRASSROOTS_CELLS) {
            cell(upper, number(upper, ++seq), place(template[0], spec), OrganizationKind.GRASSROOTS_CELL,
                    Setting.valueOf(template[1]));
        }
    }

    private void communeCells(Unit committee, String commune, boolean highland, String[] named) {
        String placeName = commune.replaceFirst("^(xã|phường|thị trấn) ", "");
        boolean urban = !commune.startsWith("xã ");
        Set<String> taken = new HashSet<>();
        if (named != null && named[3] != null) {
            cell(committee, named[4], named[3], OrganizationKind.CELL, Setting.VILLAGE);
            taken.add(named[3].replaceFirst("^Chi bộ (thôn|bản) ", ""));
        }
        int seq = 0;
        if (urban) {
            int quarters = 5 + rng.nextInt(7);
            for (int i = 1; i <= quarters; i++) {
                cell(committee, number(committee, ++seq), "Chi bộ Tổ dân phố số " + i, OrganizationKind.CELL,
                        Setting.TOWN_QUARTER);
            }
        }
        int villages = urban ? (commune.startsWith("thị trấn") ? 2 + rng.nextInt(3) : rng.nextInt(2)) : 6 + rng.nextInt(6);
        for (String village : PlaceNames.villages(villages, highland, rng, taken)) {
            cell(committee, number(committee, ++seq), "Chi bộ " + village, OrganizationKind.CELL, Setting.VILLAGE);
        }
        cell(committee, number(committee, ++seq), "Chi bộ Cơ quan " + commune, OrganizationKind.CELL, Setting.COMMUNE_OFFICE);
        cell(committee, number(committee, ++seq), "Chi bộ Trường Mầm non " + placeName, OrganizationKind.CELL, Setting.SCHOOL);
        String school = urban ? "Chi bộ Trường Tiểu học và THCS " : "Chi bộ Trường Phổ thông Dân tộc bán trú Tiểu học và THCS ";
        cell(committee, number(committee, ++seq), school + placeName, OrganizationKind.CELL, Setting.SCHOOL);
    }

    private void districtCommitteeCells(Unit committee, String kind, Upper spec) {
        switch (kind) {
            case "AGENCY_UBND" -> cells(committee, LaoCaiUnits.UBND_CELLS, 5, 9, Setting.AGENCY, spec);
            case "AGENCY_PARTY" -> cells(committee, LaoCaiUnits.PARTY_CELLS, 4, 7, Setting.AGENCY, spec);
            case "HEALTH" -> cells(committee, LaoCaiUnits.HEALTH_CELLS, 3, 6, Setting.HEALTH, spec);
            case "UPPER_SCHOOL" -> cells(committee, LaoCaiUnits.UPPER_SCHOOL_CELLS, 3, 5, Setting.UPPER_SCHOOL, spec);
            case "SCHOOL" -> cells(committee, LaoCaiUnits.SCHOOL_CELLS, 3, 6, Setting.SCHOOL, spec);
            default -> cells(committee, LaoCaiUnits.AGENCY_CELLS, 3, 4, Setting.AGENCY, spec);
        }
    }

    // ---- affiliated committees --------------------------------------------------------------------------------

    private void buildAffiliated(Unit upper, Upper spec) {
        List<String[]> units = switch (spec.code()) {
            case "LC-CQDN" -> LaoCaiUnits.CQDN_UNITS;
            case "LC-QS" -> LaoCaiUnits.QS_UNITS;
            case "LC-BP" -> LaoCaiUnits.BP_UNITS;
            default -> LaoCaiUnits.CA_UNITS;
        };
        int seq = 0;
        for (String[] u : units) {
            Setting setting = Setting.valueOf(u[1]);
            String code = number(upper, ++seq);
            if (u[2].equals("G")) {
                cell(upper, code, nfc("Chi bộ " + u[0]), OrganizationKind.GRASSROOTS_CELL, setting);
            } else {
                Unit committee = new Unit(code, nfc("Đảng bộ " + u[0]), OrganizationKind.GRASSROOTS_COMMITTEE, upper, null);
                affiliatedCells(committee, u[0], setting, spec);
            }
        }
    }

    private void affiliatedCells(Unit committee, String name, Setting setting, Upper spec) {
        switch (setting) {
            case HEALTH -> cells(committee, LaoCaiUnits.HEALTH_CELLS, 4, 9, setting, spec);
            case UPPER_SCHOOL -> cells(committee, name.contains("Cao đẳng") ? LaoCaiUnits.COLLEGE_CELLS
                    : LaoCaiUnits.UPPER_SCHOOL_CELLS, name.contains("Cao đẳng") ? 6 : 3, name.contains("Cao đẳng") ? 9 : 6,
                    setting, spec);
            case STATE_ENTERPRISE -> cells(committee, LaoCaiUnits.ENTERPRISE_CELLS, 3, 8, setting, spec);
            case PRIVATE_ENTERPRISE -> cells(committee, LaoCaiUnits.ENTERPRISE_CELLS, 2, 4, setting, spec);
            case ARMY -> cells(committee, LaoCaiUnits.ARMY_CELLS, 3, 6, setting, spec);
            case BORDER_GUARD -> cells(committee, LaoCaiUnits.BORDER_CELLS, 4, 7, setting, spec);
            case POLICE -> policeCells(committee, name, spec);
            default -> cells(committee, LaoCaiUnits.AGENCY_CELLS, 3, 7, setting, spec);
        }
    }

    /** A district police committee has a cell for each commune police (Công an xã) of its district. */
    private void policeCells(Unit committee, String name, Upper spec) {
        cells(committee, LaoCaiUnits.POLICE_CELLS, 3, 6, Setting.POLICE, spec);
        String district = name.replaceFirst("^Công an ", "");
        for (Upper d : LaoCaiUnits.UPPERS) {
            if (district.equals(d.place())) {
                int seq = committee.children.size();
                for (String commune : d.communes()) {
                    if (commune.startsWith("xã ")) {
                        cell(committee, number(committee, ++seq), nfc("Chi bộ Công an " + commune),
                                OrganizationKind.CELL, Setting.POLICE);
                    }
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Between {@code min} and {@code max} cells named from {@code names} (in a random choice, kept in list order). */
    private void cells(Unit committee, List<String> names, int min, int max, Setting setting, Upper spec) {
        int count = Math.min(names.size(), min + rng.nextInt(max - min + 1));
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            chosen.add(i);
        }
        PlaceNames.shuffle(chosen, rng);
        chosen = new ArrayList<>(chosen.subList(0, count));
        chosen.sort(Integer::compare);
        int seq = committee.children.size();
        for (int i : chosen) {
            String title = spec.isDistrict() ? spec.committeeTitle() : "";
            String name = "Chi bộ " + names.get(i).replace("%c", title).strip();
            cell(committee, number(committee, ++seq), name, OrganizationKind.CELL, setting);
        }
    }

    private Unit cell(Unit parent, String code, String name, OrganizationKind kind, Setting setting) {
        Unit cell = new Unit(code, nfc(name), kind, parent, setting);
        cell.size = Quotas.between(rng, setting.minMembers, setting.maxMembers);
        return cell;
    }

    private static String number(Unit parent, int seq) {
        return String.format("%s-%02d", parent.code, seq);
    }

    private static String place(String template, Upper spec) {
        return nfc(template.replace("%s", spec.place()).replace("%p", spec.shortPlace()));
    }

    private static String[] named(String upper, String commune) {
        for (String[] n : LaoCaiUnits.NAMED_COMMUNES) {
            if (n[0].equals(upper) && n[1].equals(commune)) {
                return n;
            }
        }
        return null;
    }

    private static String nfc(String s) {
        return VietnameseText.nfc(s);
    }
}
