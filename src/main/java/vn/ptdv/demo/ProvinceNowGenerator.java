package vn.ptdv.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationBulkLoad.LineageRow;
import vn.ptdv.organization.api.OrganizationBulkLoad.OrganizationRow;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.shared.VietnameseText;

/**
 * The demo through the present (issue #17, demo-data.md "After the 2025 reorganisation"), added to the unchanged Lào
 * Cai dataset of 2020–2024: a synthetic old Yên Bái province (số liệu giả định: invented figures) from 2020 to
 * 30/6/2025; on 1/7/2025 the new Lào Cai province (lineage MERGE of old Lào Cai and old Yên Bái), 99 commune-level
 * committees directly under it (48 from old Lào Cai as NQ 60-NQ/TU planned, 51 from old Yên Bái), the cells moved
 * under them (REPARENT), the blocs replaced by Đảng bộ các cơ quan Đảng tỉnh and Đảng bộ UBND tỉnh, the armed forces'
 * committees continuing; admissions, targets and membership up to the demo's as-of date {@link #AS_OF}. Every old
 * record ends on {@link #LAST_OLD_DAY} (its path changes with the province's record); a unit that goes on keeps its
 * code in a new record. Deterministic: depends only on the Lào Cai dataset and {@link #SEED}.
 */
final class ProvinceNowGenerator {

    static final long SEED = 20_250_701L;
    static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST_OLD_DAY = CHANGE.minusDays(1);
    /** The demo's as-of date: no admission after it (the candidates' pools are planned to the same day). */
    static final LocalDate AS_OF = LaoCaiCandidates.AS_OF;
    /** Old Yên Bái's members at 31/12/2024 (invented, about the real size). */
    static final int YEN_BAI_MEMBERS = 58_000;
    /** Old Yên Bái's admissions 2020–2024 and in the first half of 2025 (invented). */
    static final int[] YEN_BAI_ADMISSIONS = {1_480, 1_390, 1_450, 1_420, 1_510, 690};
    /** Old Lào Cai's admissions in the first half of 2025, the new province's in the second half and in 2026 to 30/11. */
    static final int LAO_CAI_H1_2025 = 1_060;
    static final int NEW_H2_2025 = 1_940;
    static final int NEW_2026 = 3_380;
    static final String CQD = "LC-CQD";
    static final String UBND = "LC-UBND";
    static final String NOTE = "Sắp xếp tổ chức đảng theo đơn vị hành chính mới từ 01/7/2025 (dữ liệu mô phỏng)";
    private static final String[] PARTY_BLOC = {"Tỉnh ủy", "Mặt trận", "Báo ", "Trường Chính trị", "Liên đoàn Lao động",
        "Đài Phát thanh", "Văn phòng Đoàn đại biểu", "Tòa án", "Viện Kiểm sát"};

    private final SplittableRandom rng = new SplittableRandom(SEED);
    private final DemoDataset laoCai;
    private final Map<String, MembershipSeed> members2024 = new HashMap<>();
    private Unit oldLc;
    private Unit yb;
    private Unit lc;
    private final Map<Unit, Unit> successor = new LinkedHashMap<>();
    private final List<LineageRow> lineage = new ArrayList<>();
    private final Map<String, String> ethnicMix = new HashMap<>();
    /** The old district (or province-level committee) a unit belongs to: its peoples, the committee that signed. */
    private final Map<Unit, String> districtOf = new HashMap<>();

    private ProvinceNowGenerator(DemoDataset laoCai) {
        this.laoCai = laoCai;
        laoCai.memberships().forEach(m -> members2024.put(m.organizationCode(), m));
    }

    static DemoNow generate(DemoDataset laoCai) {
        return new ProvinceNowGenerator(laoCai).build();
    }

    private DemoNow build() {
        oldLaoCai();
        yenBai();
        newProvince();
        List<OrganizationRow> rows = new ArrayList<>();
        oldLc.visit(n -> rows.add(row(n, LaoCaiDemoGenerator.VALID_FROM, LAST_OLD_DAY)));
        yb.visit(n -> rows.add(row(n, LaoCaiDemoGenerator.VALID_FROM, LAST_OLD_DAY)));
        lc.visit(n -> rows.add(row(n, CHANGE, null)));
        List<AdmissionSeed> admissions = new ArrayList<>();
        Map<Unit, int[]> admitted = new LinkedHashMap<>();
        for (int y = 0; y < 5; y++) {
            admissions.addAll(admit(yb, YEN_BAI_ADMISSIONS[y], LocalDate.of(2020 + y, 1, 6),
                    LocalDate.of(2020 + y, 12, 28), admitted, y));
        }
        admissions.addAll(admit(yb, YEN_BAI_ADMISSIONS[5], LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 27), admitted, 5));
        // from 24/02: their awareness classes are of 2025 (the seed's classes of 2024 keep their certificate numbers)
        admissions.addAll(admit(oldLc, LAO_CAI_H1_2025, LocalDate.of(2025, 2, 24), LocalDate.of(2025, 6, 27), admitted, 5));
        admissions.addAll(admit(lc, NEW_H2_2025, LocalDate.of(2025, 7, 14), LocalDate.of(2025, 12, 26), admitted, 6));
        admissions.addAll(admit(lc, NEW_2026, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 11, 27), admitted, 7));
        admissions.sort(Comparator.comparing(AdmissionSeed::decisionDate).thenComparing(AdmissionSeed::organizationCode));
        numberDecisions(admissions);
        List<TargetSeed> targets = new ArrayList<>();
        List<TermTargetSeed> terms = new ArrayList<>();
        targets(admitted, targets, terms);
        List<MembershipSeed> memberships = memberships(admissions);
        Map<String, String> committeeAfter = new HashMap<>();
        lc.cells().forEach(c -> committeeAfter.put(c.code, c.upper().code));
        return new DemoNow(rows, lineage, targets, terms, admissions, memberships,
                lc.children.stream().map(n -> new OrganizationSeed(n.code, n.name, n.kind, "LC", CHANGE)).toList(),
                committeeAfter);
    }

    private static OrganizationRow row(Unit n, LocalDate from, LocalDate to) {
        return new OrganizationRow(n.code, n.name, n.kind, n.parent == null ? null : n.parent.code, from, to);
    }

    // ---- the three trees ----------------------------------------------------------------------------------------

    /** Old Lào Cai as the 2024 dataset has it; a cell weighs its members at 31/12/2024. */
    private void oldLaoCai() {
        Map<String, Unit> byCode = new HashMap<>();
        for (OrganizationSeed o : laoCai.organizations()) {
            Unit parent = o.parentCode() == null ? null : byCode.get(o.parentCode());
            String district = parent == null ? null : parent.parent == null ? o.code() : districtOf.get(parent);
            Unit n = node(o.code(), o.name(), o.kind(), parent, district);
            MembershipSeed m = members2024.get(o.code());
            n.size = m == null ? 0 : m.total();
            byCode.put(o.code(), n);
            if (parent == null) {
                oldLc = n;
            }
        }
        for (LaoCaiUnits.Upper u : LaoCaiUnits.UPPERS) {
            ethnicMix.put(u.code(), u.minorityShare() + "|" + u.ethnicMix());
        }
    }

    private void yenBai() {
        yb = node("YB", "Đảng bộ tỉnh Yên Bái", OrganizationKind.PROVINCIAL_COMMITTEE, null, null);
        for (YenBaiUnits.District d : YenBaiUnits.DISTRICTS) {
            Unit district = node(d.code(), d.name(), OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, yb, d.code());
            ethnicMix.put(d.code(), "mix|" + d.ethnicMix());
            int seq = 0;
            boolean highland = d.ethnicMix().startsWith("08");
            for (String commune : d.communes()) {
                Unit c = node(number(district, ++seq), "Đảng bộ " + commune, OrganizationKind.GRASSROOTS_COMMITTEE,
                        district, d.code());
                boolean urban = !commune.startsWith("xã ");
                int cells = 0;
                Set<String> taken = new HashSet<>();
                if (urban) {
                    for (int i = 1, n = 4 + rng.nextInt(5); i <= n; i++) {
                        cell(c, ++cells, "Chi bộ Tổ dân phố số " + i, Setting.TOWN_QUARTER);
                    }
                }
                for (String village : PlaceNames.villages(urban ? rng.nextInt(2) : 4 + rng.nextInt(5), highland, rng, taken)) {
                    cell(c, ++cells, "Chi bộ " + village, Setting.VILLAGE);
                }
                cell(c, ++cells, "Chi bộ Cơ quan " + commune, Setting.COMMUNE_OFFICE);
                cell(c, ++cells, "Chi bộ Trường Tiểu học và THCS " + commune.replaceFirst("^(xã|phường|thị trấn) ", ""),
                        Setting.SCHOOL);
            }
            Unit agencies = node(number(district, ++seq), "Đảng bộ Cơ quan Ủy ban nhân dân " + d.place(),
                    OrganizationKind.GRASSROOTS_COMMITTEE, district, d.code());
            int cells = 0;
            for (String a : List.of("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Phòng Tài chính - Kế hoạch",
                    "Phòng Nội vụ", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Giáo dục và Đào tạo")) {
                cell(agencies, ++cells, "Chi bộ " + a, Setting.AGENCY);
            }
            Unit school = node(number(district, ++seq), "Chi bộ Trường THPT " + d.place().replaceFirst(
                    "^(huyện|thị xã|thành phố) ", ""), OrganizationKind.GRASSROOTS_CELL, district, d.code());
            school.size = Setting.UPPER_SCHOOL.minMembers + rng.nextInt(12);
        }
        affiliated("YB-CQ", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", YenBaiUnits.YB_CQ_UNITS, "mix|01:70,02:12,09:8,03:5,06:5");
        affiliated("YB-QS", "Đảng bộ Quân sự tỉnh Yên Bái", YenBaiUnits.YB_QS_UNITS, "mix|01:60,02:15,03:10,09:8,08:7");
        affiliated("YB-CA", "Đảng bộ Công an tỉnh Yên Bái", YenBaiUnits.YB_CA_UNITS, "mix|01:70,02:12,03:8,09:6,08:4");
    }

    private void affiliated(String code, String name, List<String> units, String mix) {
        Unit upper = node(code, name, OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, yb, code);
        ethnicMix.put(code, mix);
        int seq = 0;
        for (String u : units) {
            String[] p = u.split("\\|");
            Setting setting = Setting.valueOf(p[1]);
            if (p[2].equals("G")) {
                Unit g = node(number(upper, ++seq), "Chi bộ " + p[0], OrganizationKind.GRASSROOTS_CELL, upper, code);
                g.size = Quotas.between(rng, setting.minMembers, setting.maxMembers);
            } else {
                Unit c = node(number(upper, ++seq), "Đảng bộ " + p[0], OrganizationKind.GRASSROOTS_COMMITTEE, upper, code);
                List<String> names = switch (setting) {
                    case ARMY -> LaoCaiUnits.ARMY_CELLS;
                    case POLICE -> LaoCaiUnits.POLICE_CELLS;
                    case HEALTH -> LaoCaiUnits.HEALTH_CELLS;
                    case UPPER_SCHOOL -> LaoCaiUnits.UPPER_SCHOOL_CELLS;
                    case STATE_ENTERPRISE, PRIVATE_ENTERPRISE -> LaoCaiUnits.ENTERPRISE_CELLS;
                    default -> LaoCaiUnits.AGENCY_CELLS;
                };
                int n = 3 + rng.nextInt(3);
                for (int i = 0; i < n; i++) {
                    cell(c, i + 1, "Chi bộ " + names.get(i), setting);
                }
            }
        }
    }

    /** A unit of one of the three trees (names in NFC) and the old district or committee it belongs to. */
    private Unit node(String code, String name, OrganizationKind kind, Unit parent, String district) {
        Unit u = new Unit(code, VietnameseText.nfc(name), kind, parent, null);
        districtOf.put(u, district);
        return u;
    }

    private void cell(Unit parent, int seq, String name, Setting setting) {
        Unit c = node(number(parent, seq), name, OrganizationKind.CELL, parent, districtOf.get(parent));
        c.size = Quotas.between(rng, setting.minMembers, setting.maxMembers) * 1.6;
    }

    private static String number(Unit parent, int seq) {
        return String.format("%s-%02d", parent.code, seq);
    }

    /** The new province of 1/7/2025 and its lineage. */
    private void newProvince() {
        lc = node("LC", "Đảng bộ tỉnh Lào Cai", OrganizationKind.PROVINCIAL_COMMITTEE, null, null);
        link("MERGE", "LC", "LC");
        link("MERGE", "YB", "LC");
        for (String[] plan : YenBaiUnits.LAO_CAI_NEW) {
            Unit district = child(oldLc, plan[0]);
            communes(district, plan[1], List.of(plan).subList(2, plan.length));
        }
        for (YenBaiUnits.District d : YenBaiUnits.DISTRICTS) {
            communes(child(yb, d.code()), d.newPrefix(), d.newCommunes());
        }
        Unit cqd = node(CQD, "Đảng bộ các cơ quan Đảng tỉnh", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, lc, CQD);
        Unit ubnd = node(UBND, "Đảng bộ Ủy ban nhân dân tỉnh", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, lc, UBND);
        ethnicMix.put(CQD, ethnicMix.get("LC-CQDN"));
        ethnicMix.put(UBND, ethnicMix.get("LC-CQDN"));
        for (String bloc : List.of("LC-CQDN", "YB-CQ")) {
            Unit old = bloc.startsWith("LC") ? child(oldLc, bloc) : child(yb, bloc);
            link("SPLIT", bloc, CQD);
            link("SPLIT", bloc, UBND);
            for (Unit unit : old.children) {
                boolean party = false;
                for (String k : PARTY_BLOC) {
                    party |= unit.name.contains(k);
                }
                move(unit, party ? cqd : ubnd, unit.kind);
            }
        }
        for (String code : List.of("LC-QS", "LC-BP", "LC-CA")) {
            Unit old = child(oldLc, code);
            Unit now = node(code, old.name, old.kind, lc, code);
            successor.put(old, now);
            Unit ybOld = code.equals("LC-BP") ? null : child(yb, code.replace("LC-", "YB-"));
            link(ybOld == null ? "REPARENT" : "MERGE", code, code);
            old.children.forEach(u -> move(u, now, u.kind));
            if (ybOld != null) {
                link("MERGE", ybOld.code, code);
                ybOld.children.forEach(u -> move(u, now, u.kind));
            }
        }
    }

    /**
     * The district's communes merge into its new communes: a new commune absorbs the old commune of its name (when
     * there is one) and the others in turn; the cells move under it; the cells of the district's agencies and schools
     * move under the first new commune (the district's seat). The district committee and its agencies' committees end.
     */
    private void communes(Unit district, String prefix, List<String> names) {
        List<Unit> created = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Unit c = node(String.format("%s%02d", prefix, i + 1), "Đảng bộ " + names.get(i),
                    OrganizationKind.GRASSROOTS_COMMITTEE, lc, district.code);
            created.add(c);
        }
        List<Unit> old = district.children.stream().filter(c -> c.kind == OrganizationKind.GRASSROOTS_COMMITTEE
                && c.name.matches("^Đảng bộ (xã|phường|thị trấn) .*")).toList();
        Map<Unit, Unit> into = new LinkedHashMap<>();
        int[] count = new int[created.size()];
        for (int i = 0; i < names.size(); i++) {
            String place = names.get(i).replaceFirst("^(xã|phường) ", "");
            for (Unit o : old) {
                if (!into.containsKey(o) && o.name.endsWith(" " + place)) {
                    into.put(o, created.get(i));
                    count[i]++;
                    break;
                }
            }
        }
        for (Unit o : old) {
            if (!into.containsKey(o)) {
                int least = 0;
                for (int i = 1; i < count.length; i++) {
                    if (count[i] < count[least]) {
                        least = i;
                    }
                }
                into.put(o, created.get(least));
                count[least]++;
            }
        }
        for (Unit o : old) {
            Unit target = into.get(o);
            link("MERGE", o.code, target.code);
            o.children.forEach(cell -> move(cell, target, OrganizationKind.CELL));
        }
        Unit seat = created.get(0);
        for (Unit other : district.children) {
            if (old.contains(other)) {
                continue;
            }
            if (other.isCell()) {
                move(other, seat, OrganizationKind.CELL);
            } else {
                other.cells().forEach(cell -> move(cell, seat, OrganizationKind.CELL));
            }
        }
    }

    /** A new record of the unit (and of its subtree) under {@code parent} from 1/7/2025, linked by REPARENT. */
    private void move(Unit old, Unit parent, OrganizationKind kind) {
        Unit now = node(old.code, old.name, kind, parent, districtOf.get(old));
        now.size = old.size;
        successor.put(old, now);
        link("REPARENT", old.code, old.code);
        for (Unit child : old.children) {
            move(child, now, child.kind);
        }
    }

    private void link(String type, String from, String to) {
        lineage.add(new LineageRow(type, CHANGE, from, to, NOTE));
    }

    private static Unit child(Unit parent, String code) {
        return parent.children.stream().filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit " + code));
    }

    // ---- admissions -------------------------------------------------------------------------------------------

    /** {@code total} admissions spread over the tree's cells by weight, decided on working days from–to. */
    private List<AdmissionSeed> admit(Unit root, int total, LocalDate from, LocalDate to, Map<Unit, int[]> admitted, int slot) {
        List<Unit> cells = root.cells();
        double[] weights = cells.stream().mapToDouble(c -> c.size * Quotas.between(rng, 0.5, 1.5)).toArray();
        int[] parts = Quotas.allocate(total, weights);
        List<LocalDate> days = WorkingDays.in(from, to);
        List<AdmissionSeed> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Unit cell = cells.get(i);
            for (int k = 0; k < parts[i]; k++) {
                LocalDate decision = Quotas.any(days, rng);
                LocalDate ceremony = WorkingDays.plus(decision, 3 + rng.nextInt(20));
                if (ceremony.isAfter(AS_OF)) {
                    ceremony = AS_OF;
                }
                out.add(person(cell, decision, ceremony));
                admitted.computeIfAbsent(origin(cell), c -> new int[8])[slot]++;
            }
        }
        return out;
    }

    /** The old record of a cell of the new tree; itself for an old one. */
    private Unit origin(Unit cell) {
        return cell;
    }

    private AdmissionSeed person(Unit cell, LocalDate decision, LocalDate ceremony) {
        String setting = settingOf(cell);
        String mix = ethnicMix.getOrDefault(cell.upper().code.equals(cell.code) ? cell.code : districtOf.get(cell), "mix|01:1");
        if (mix == null) {
            mix = "mix|01:1";
        }
        String ethnicity;
        if (mix.startsWith("mix|")) {
            ethnicity = Quotas.weighted(mix.substring(4), rng);
        } else {
            String[] p = mix.split("\\|");
            ethnicity = rng.nextDouble() < Double.parseDouble(p[0]) ? Quotas.weighted(p[1], rng) : "01";
        }
        Gender gender = rng.nextDouble() < (setting.equals("ARMED") ? 0.12 : 0.5) ? Gender.FEMALE : Gender.MALE;
        boolean young = rng.nextDouble() < 0.68;
        int months = young ? 18 * 12 + rng.nextInt(13 * 12) : 31 * 12 + rng.nextInt(14 * 12);
        LocalDate birth = decision.minusMonths(months).minusDays(rng.nextInt(28));
        Occupation occupation = switch (setting) {
            case "ARMED" -> Occupation.ARMED_FORCES;
            case "OFFICE" -> Occupation.CIVIL_SERVANT;
            case "SCHOOL" -> young && rng.nextInt(3) == 0 ? Occupation.PUPIL_STUDENT : Occupation.CIVIL_SERVANT;
            case "ENTERPRISE" -> rng.nextInt(3) == 0 ? Occupation.PRIVATE_ECONOMIC_UNIT : Occupation.WORKER;
            default -> rng.nextInt(10) < 7 ? Occupation.FARMER : rng.nextInt(2) == 0 ? Occupation.PRIVATE_ECONOMIC_UNIT
                    : Occupation.OTHER;
        };
        if (occupation == Occupation.PUPIL_STUDENT) {
            birth = decision.minusMonths(18 * 12 + rng.nextInt(12)).minusDays(rng.nextInt(28));
            months = 18 * 12;
        }
        boolean educated = occupation != Occupation.FARMER || rng.nextInt(10) < 6;
        GeneralEducation education = educated ? GeneralEducation.UPPER_SECONDARY : GeneralEducation.LOWER_SECONDARY;
        ProfessionalQualification q = ProfessionalQualification.NONE;
        if (educated && occupation != Occupation.PUPIL_STUDENT) {
            int r = rng.nextInt(100);
            boolean office = occupation == Occupation.CIVIL_SERVANT || occupation == Occupation.ARMED_FORCES;
            if (office && r < 55 && months >= 264) {
                q = r < 3 && months >= 300 ? ProfessionalQualification.MASTER : ProfessionalQualification.UNIVERSITY;
            } else if (r < (office ? 75 : 15) && months >= 240) {
                q = ProfessionalQualification.COLLEGE;
            } else if (r < (office ? 90 : 30) && months >= 228) {
                q = ProfessionalQualification.INTERMEDIATE;
            }
        }
        PoliticalTheory theory = q == ProfessionalQualification.UNIVERSITY && rng.nextInt(3) == 0
                ? PoliticalTheory.ELEMENTARY : PoliticalTheory.NONE;
        String religion = ethnicity.equals("08") && rng.nextInt(20) == 0 ? "Tin Lành" : null;
        return new AdmissionSeed(PersonNames.of(ethnicity, gender, rng), gender, birth, ethnicity, religion, education, q,
                theory, occupation, young && rng.nextInt(10) < 8, cell.code, null, decision, ceremony, false);
    }

    private static String settingOf(Unit cell) {
        String upper = cell.upper().code;
        String n = cell.name;
        if (upper.endsWith("-QS") || upper.endsWith("-BP") || upper.endsWith("-CA") || n.contains("Công an")) {
            return "ARMED";
        }
        if (n.contains("Trường") || n.startsWith("Chi bộ Tổ ")) {
            return "SCHOOL";
        }
        if (n.contains("Công ty") || n.contains("Phân xưởng") || n.contains("Xí nghiệp") || n.contains("Đội Vận hành")
                || n.contains("Chi nhánh") || n.contains("Đội Xây lắp") || n.contains("Phòng Kinh doanh")) {
            return "ENTERPRISE";
        }
        if (n.startsWith("Chi bộ thôn") || n.startsWith("Chi bộ bản") || n.startsWith("Chi bộ Tổ dân phố")) {
            return "VILLAGE";
        }
        return "OFFICE";
    }

    /**
     * Decision numbers "25-QĐ/HU-BX": the running number of the signing committee (the district or the affiliated
     * committee until 30/6/2025, the commune-level or province-level committee after), increasing with the date and
     * never one the 2020–2024 dataset used.
     */
    private void numberDecisions(List<AdmissionSeed> admissions) {
        Set<String> used = new HashSet<>();
        Map<String, Integer> last = new HashMap<>();
        for (AdmissionSeed a : laoCai.admissions()) {
            used.add(a.decisionNumber());
            if (a.decisionDate().getYear() == 2024) {
                String symbol = a.decisionNumber().substring(a.decisionNumber().indexOf('-'));
                last.merge(symbol, Integer.parseInt(a.decisionNumber().substring(0, a.decisionNumber().indexOf('-'))),
                        Math::max);
            }
        }
        Map<String, Unit> cells = new HashMap<>();
        oldLc.visit(n -> cells.put(n.code + "|old", n));
        yb.visit(n -> cells.put(n.code + "|old", n));
        lc.visit(n -> cells.put(n.code + "|new", n));
        for (int i = 0; i < admissions.size(); i++) {
            AdmissionSeed a = admissions.get(i);
            boolean after = !a.decisionDate().isBefore(CHANGE);
            Unit cell = cells.get(a.organizationCode() + (after ? "|new" : "|old"));
            String symbol = "-QĐ/" + issuer(cell.upper(), after);
            int n = last.getOrDefault(symbol, a.decisionDate().getYear() == 2020 ? 0 : 4) + 1 + rng.nextInt(3);
            while (used.contains(n + symbol)) {
                n++;
            }
            last.put(symbol, n);
            used.add(n + symbol);
            admissions.set(i, new AdmissionSeed(a.fullName(), a.gender(), a.birthDate(), a.ethnicityCode(), a.religion(),
                    a.generalEducation(), a.professionalQualification(), a.politicalTheory(), a.occupation(),
                    a.youthUnionMember(), a.organizationCode(), n + symbol, a.decisionDate(), a.ceremonyDate(),
                    a.educationAreaException()));
        }
    }

    /** The symbol of a signing committee: the 2020–2024 ones, old Yên Bái's, and the new committees' ("ĐU-BT01"). */
    private static String issuer(Unit upper, boolean after) {
        if (!after) {
            for (LaoCaiUnits.Upper u : LaoCaiUnits.UPPERS) {
                if (u.code().equals(upper.code)) {
                    return u.issuer();
                }
            }
            for (YenBaiUnits.District d : YenBaiUnits.DISTRICTS) {
                if (d.code().equals(upper.code)) {
                    return d.issuer();
                }
            }
            return "ĐU-" + upper.code;
        }
        return switch (upper.code) {
            case "LC-QS" -> "ĐUQS";
            case "LC-BP" -> "ĐUBP";
            case "LC-CA" -> "ĐUCA";
            case CQD -> "ĐUCQĐ";
            case UBND -> "ĐUUBND";
            default -> "ĐU-" + upper.code.substring(3);
        };
    }

    // ---- targets ----------------------------------------------------------------------------------------------

    /**
     * Old Yên Bái: its units' targets 2020–2025 (86–97% of what they admitted; 2025 the 2024 figure again) and the
     * term 2020–2025; old Lào Cai's districts and bloc for 2025; the new province and its units for 2025 (the second
     * half: each unit its own) and 2026, and the term 2025–2030. A code kept across 1/7/2025 (LC, LC-QS, LC-BP, LC-CA)
     * has its 2025 target on its new record only.
     */
    private void targets(Map<Unit, int[]> admitted, List<TargetSeed> targets, List<TermTargetSeed> terms) {
        int ybSum2025 = 0;
        int[] ybYears = new int[6];
        int ybTerm = 0;
        for (Unit upper : yb.children) {
            int[] a = sum(upper, admitted);
            int term = 0;
            for (int y = 0; y < 6; y++) {
                int t = y < 5 ? Math.max(1, (int) Math.round(a[y] * Quotas.between(rng, 0.86, 0.97)))
                        : Math.max(1, (int) Math.round(a[4] * Quotas.between(rng, 0.95, 1.05)));
                ybYears[y] += t;
                term += t;
                targets.add(new TargetSeed(upper.code, 2020 + y, t));
            }
            terms.add(new TermTargetSeed(upper.code, 2020, 2025, term));
            ybTerm += term;
        }
        for (int y = 0; y < 6; y++) {
            targets.add(new TargetSeed("YB", 2020 + y, ybYears[y]));
        }
        ybSum2025 = ybYears[5];
        terms.add(new TermTargetSeed("YB", 2020, 2025, ybTerm));
        int lcOld2025 = 0;
        Map<String, Integer> target2024 = new HashMap<>();
        laoCai.targets().stream().filter(t -> t.year() == 2024).forEach(t -> target2024.put(t.organizationCode(), t.admissions()));
        for (Unit upper : oldLc.children) {
            int t = (int) Math.round(target2024.get(upper.code) * Quotas.between(rng, 1.0, 1.08));
            lcOld2025 += t;
            if (!Set.of("LC-QS", "LC-BP", "LC-CA").contains(upper.code)) {
                targets.add(new TargetSeed(upper.code, 2025, t));
            }
        }
        // the new province's 2025 plan: the old provinces' plans; its units: their own for the second half
        targets.add(new TargetSeed("LC", 2025, lcOld2025 + ybSum2025));
        int sum2026 = 0;
        for (Unit unit : lc.children) {
            int[] a = sum(unit, admitted);
            int t2025 = Math.max(1, (int) Math.round(a[6] * Quotas.between(rng, 0.8, 1.15)));
            if (Set.of("LC-QS", "LC-BP", "LC-CA").contains(unit.code)) {
                t2025 = (int) Math.round(target2024.get(unit.code) * 1.04) + (unit.code.equals("LC-BP") ? 0 : 40);
            }
            targets.add(new TargetSeed(unit.code, 2025, t2025));
            int t2026 = Math.max(1, (int) Math.round(a[7] * 12.0 / 11 * Quotas.between(rng, 0.85, 1.25)));
            targets.add(new TargetSeed(unit.code, 2026, t2026));
            sum2026 += t2026;
            terms.add(new TermTargetSeed(unit.code, 2025, 2030, (int) Math.round(t2026 * 5 * 0.95)));
        }
        targets.add(new TargetSeed("LC", 2026, sum2026));
        terms.add(new TermTargetSeed("LC", 2025, 2030, (int) Math.round(sum2026 * 5 * 0.95)));
    }

    /** The unit's admissions per slot (2020–2024, H1 2025, H2 2025, 2026), its subtree's cells and their old records. */
    private static int[] sum(Unit unit, Map<Unit, int[]> admitted) {
        int[] s = new int[8];
        for (Unit c : unit.cells()) {
            int[] a = admitted.get(c);
            if (a != null) {
                for (int i = 0; i < 8; i++) {
                    s[i] += a[i];
                }
            }
        }
        return s;
    }

    // ---- membership -------------------------------------------------------------------------------------------

    /**
     * Old Yên Bái's cells at 31/12/2024 ({@link #YEN_BAI_MEMBERS} split by size, each at least its admissions plus
     * three); then every cell at 30/6/2025 (old records), 31/12/2025 and 30/6/2026 (new records): the members before,
     * plus those admitted since, less about one in two hundred (deaths, transfers); probationary are those whose
     * ceremony lies within the last twelve months.
     */
    private List<MembershipSeed> memberships(List<AdmissionSeed> admissions) {
        Map<String, List<AdmissionSeed>> byCell = new HashMap<>();
        admissions.forEach(a -> byCell.computeIfAbsent(a.organizationCode(), k -> new ArrayList<>()).add(a));
        laoCai.admissions().forEach(a -> byCell.computeIfAbsent(a.organizationCode(), k -> new ArrayList<>()).add(a));
        List<MembershipSeed> out = new ArrayList<>();
        Map<String, int[]> state = new HashMap<>();
        List<Unit> ybCells = yb.cells();
        double[] w = ybCells.stream().mapToDouble(c -> c.size).toArray();
        int[] min = new int[w.length];
        int[] max = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            min[i] = 3 + (int) byCell.getOrDefault(ybCells.get(i).code, List.of()).stream()
                    .filter(a -> a.decisionDate().getYear() <= 2024).count();
            max[i] = Integer.MAX_VALUE / (w.length + 1);
        }
        int[] totals = Quotas.allocate(YEN_BAI_MEMBERS, w, min, max);
        for (int i = 0; i < w.length; i++) {
            Unit c = ybCells.get(i);
            int total = totals[i];
            int women = (int) Math.round(total * Quotas.between(rng, 0.3, 0.5));
            int minorities = (int) Math.round(total * Quotas.between(rng, 0.2, 0.7));
            int probationary = probationary(byCell.get(c.code), LaoCaiDemoGenerator.AS_OF);
            out.add(new MembershipSeed(c.code, LaoCaiDemoGenerator.AS_OF, total, women, Math.min(total, minorities),
                    Math.min(total, probationary)));
            state.put(c.code, new int[] {total, women, minorities});
        }
        for (MembershipSeed m : laoCai.memberships()) {
            state.put(m.organizationCode(), new int[] {m.total(), m.women(), m.minorities()});
        }
        LocalDate[] dates = {LAST_OLD_DAY, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30)};
        LocalDate previous = LaoCaiDemoGenerator.AS_OF;
        for (LocalDate date : dates) {
            List<Unit> cells = date.isAfter(CHANGE) ? lc.cells() : concat(oldLc.cells(), ybCells);
            for (Unit c : cells) {
                int[] s = state.computeIfAbsent(c.code, k -> new int[] {(int) Math.max(5, c.size), 0, 0});
                LocalDate since = previous;
                List<AdmissionSeed> mine = byCell.getOrDefault(c.code, List.of());
                long added = mine.stream().filter(a -> a.ceremonyDate().isAfter(since) && !a.ceremonyDate().isAfter(date)).count();
                long women = mine.stream().filter(a -> a.ceremonyDate().isAfter(since) && !a.ceremonyDate().isAfter(date)
                        && a.gender() == Gender.FEMALE).count();
                long minor = mine.stream().filter(a -> a.ceremonyDate().isAfter(since) && !a.ceremonyDate().isAfter(date)
                        && !"01".equals(a.ethnicityCode())).count();
                int left = rng.nextInt(200) < s[0] ? 1 : 0;
                s[0] = s[0] + (int) added - left;
                s[1] = Math.min(s[0], s[1] + (int) women);
                s[2] = Math.min(s[0], s[2] + (int) minor);
                int probationary = Math.min(s[0], probationary(mine, date));
                out.add(new MembershipSeed(c.code, date, s[0], s[1], s[2], probationary));
            }
            previous = date;
        }
        return out;
    }

    private static int probationary(List<AdmissionSeed> admissions, LocalDate date) {
        if (admissions == null) {
            return 0;
        }
        return (int) admissions.stream().filter(a -> !a.ceremonyDate().isAfter(date)
                && a.ceremonyDate().isAfter(date.minusYears(1))).count();
    }

    private static List<Unit> concat(List<Unit> a, List<Unit> b) {
        List<Unit> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
