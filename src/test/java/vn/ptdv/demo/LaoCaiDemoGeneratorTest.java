package vn.ptdv.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.shared.Ethnicities;

/** Every figure of docs/demo-data.md and every rule the brief sets, computed over the generated dataset. */
class LaoCaiDemoGeneratorTest {

    private static final Map<String, int[]> UNITS_2024 = new LinkedHashMap<>();

    static {
        // code → {target 2024, admitted 2024} (demo-data.md)
        UNITS_2024.put("LC-TP", new int[] {260, 280});
        UNITS_2024.put("LC-SP", new int[] {150, 165});
        UNITS_2024.put("LC-BX", new int[] {200, 222});
        UNITS_2024.put("LC-MK", new int[] {100, 149});
        UNITS_2024.put("LC-SMC", new int[] {80, 86});
        UNITS_2024.put("LC-BH", new int[] {150, 164});
        UNITS_2024.put("LC-BT", new int[] {222, 270});
        UNITS_2024.put("LC-BY", new int[] {200, 221});
        UNITS_2024.put("LC-VB", new int[] {210, 240});
        UNITS_2024.put("LC-CQDN", new int[] {220, 231});
        UNITS_2024.put("LC-QS", new int[] {110, 115});
        UNITS_2024.put("LC-BP", new int[] {40, 60});
        UNITS_2024.put("LC-CA", new int[] {80, 84});
    }

    private static DemoDataset data;
    private static Map<String, OrganizationSeed> orgs;
    private static List<AdmissionSeed> all;
    private static List<AdmissionSeed> y2024;

    @BeforeAll
    static void generate() {
        data = LaoCaiDemoGenerator.generate();
        orgs = new LinkedHashMap<>();
        data.organizations().forEach(o -> orgs.put(o.code(), o));
        all = data.admissions();
        y2024 = inYear(2024);
    }

    // ---- helpers: subtrees by code with the parent chain --------------------------------------------------------

    private static boolean within(String code, String ancestor) {
        for (String c = code; c != null; c = orgs.get(c).parentCode()) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static List<AdmissionSeed> inYear(int year) {
        return all.stream().filter(a -> a.decisionDate().getYear() == year).toList();
    }

    private static long count(List<AdmissionSeed> list, Predicate<AdmissionSeed> p) {
        return list.stream().filter(p).count();
    }

    private static long admitted(String unit, int year) {
        return count(inYear(year), a -> within(a.organizationCode(), unit));
    }

    private static Integer target(String unit, int year) {
        return data.targets().stream().filter(t -> t.organizationCode().equals(unit) && t.year() == year)
                .map(TargetSeed::admissions).findFirst().orElse(null);
    }

    private static int months(AdmissionSeed a) {
        return (int) Period.between(a.birthDate(), a.decisionDate()).toTotalMonths();
    }

    private static boolean nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    private static List<OrganizationSeed> children(String code) {
        return data.organizations().stream().filter(o -> code.equals(o.parentCode())).toList();
    }

    // ---- organisation tree -------------------------------------------------------------------------------------

    @Test
    void theNamedTreeIsThereWithItsCodesNamesAndKinds() {
        String[][] named = {
            {"LC", "Đảng bộ tỉnh Lào Cai", "PROVINCIAL_COMMITTEE", null},
            {"LC-TP", "Đảng bộ thành phố Lào Cai", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-SP", "Đảng bộ thị xã Sa Pa", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-BX", "Đảng bộ huyện Bát Xát", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-MK", "Đảng bộ huyện Mường Khương", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-SMC", "Đảng bộ huyện Si Ma Cai", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-BH", "Đảng bộ huyện Bắc Hà", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-BT", "Đảng bộ huyện Bảo Thắng", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-BY", "Đảng bộ huyện Bảo Yên", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-VB", "Đảng bộ huyện Văn Bàn", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-CQDN", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-QS", "Đảng bộ Quân sự tỉnh", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-BP", "Đảng bộ Bộ đội Biên phòng tỉnh", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-CA", "Đảng bộ Công an tỉnh", "UPPER_GRASSROOTS_COMMITTEE", "LC"},
            {"LC-VB-NM", "Đảng bộ xã Nậm Mả", "GRASSROOTS_COMMITTEE", "LC-VB"},
            {"LC-VB-NM-NM", "Chi bộ thôn Nậm Mả", "CELL", "LC-VB-NM"},
            {"LC-MK-TT", "Đảng bộ thị trấn Mường Khương", "GRASSROOTS_COMMITTEE", "LC-MK"},
            {"LC-BT-PH", "Đảng bộ thị trấn Nông trường Phong Hải", "GRASSROOTS_COMMITTEE", "LC-BT"},
            {"LC-BT-PH-AN", "Chi bộ thôn Ải Nam", "CELL", "LC-BT-PH"},
        };
        for (String[] n : named) {
            OrganizationSeed o = orgs.get(n[0]);
            assertNotNull(o, n[0]);
            assertEquals(Normalizer.normalize(n[1], Normalizer.Form.NFC), o.name(), n[0]);
            assertEquals(OrganizationKind.valueOf(n[2]), o.kind(), n[0]);
            assertEquals(n[3], o.parentCode(), n[0]);
        }
        assertEquals(UNITS_2024.keySet(), children("LC").stream().map(OrganizationSeed::code).collect(Collectors.toSet()));
    }

    @Test
    void codesAreUniqueParentsComeFirstAndChildrenExtendTheParentCode() {
        Set<String> seen = new HashSet<>();
        for (OrganizationSeed o : data.organizations()) {
            assertTrue(seen.add(o.code()), "duplicate " + o.code());
            if (o.parentCode() == null) {
                assertEquals("LC", o.code());
            } else {
                assertTrue(seen.contains(o.parentCode()), o.code() + " before its parent");
                assertTrue(o.code().startsWith(o.parentCode() + "-"), o.code());
            }
            assertFalse(o.validFrom().isAfter(LocalDate.of(2020, 1, 1)), o.code());
            assertTrue(nfc(o.name()), o.code());
            assertTrue(o.name().startsWith("Đảng bộ") || o.name().startsWith("Chi bộ"), o.name());
        }
    }

    @Test
    void kindsFitTheirPlaceInTheTree() {
        for (OrganizationSeed o : data.organizations()) {
            OrganizationKind parent = o.parentCode() == null ? null : orgs.get(o.parentCode()).kind();
            switch (o.kind()) {
                case UPPER_GRASSROOTS_COMMITTEE -> assertEquals(OrganizationKind.PROVINCIAL_COMMITTEE, parent);
                case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL ->
                        assertEquals(OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, parent, o.code());
                case CELL -> assertEquals(OrganizationKind.GRASSROOTS_COMMITTEE, parent, o.code());
                default -> assertNull(parent);
            }
            if (o.kind() == OrganizationKind.GRASSROOTS_COMMITTEE) {
                assertFalse(children(o.code()).isEmpty(), o.code());
            }
        }
        assertTrue(count(OrganizationKind.GRASSROOTS_CELL, "LC-CQDN") >= 5);
    }

    private static long count(OrganizationKind kind, String within) {
        return data.organizations().stream().filter(o -> o.kind() == kind && within(o.code(), within)).count();
    }

    @Test
    void theProvinceHasAbout400GrassrootsCommitteesAnd3000Cells() {
        long committees = count(OrganizationKind.GRASSROOTS_COMMITTEE, "LC");
        long cells = count(OrganizationKind.CELL, "LC") + count(OrganizationKind.GRASSROOTS_CELL, "LC");
        assertTrue(committees >= 370 && committees <= 430, "grassroots committees " + committees);
        assertTrue(cells >= 2_800 && cells <= 3_200, "cells " + cells);
    }

    // ---- targets -----------------------------------------------------------------------------------------------

    @Test
    void targets2024AddUpFromCellsToTheProvince() {
        assertEquals(2_022, target("LC", 2024));
        int sum = 0;
        for (Map.Entry<String, int[]> e : UNITS_2024.entrySet()) {
            assertEquals(e.getValue()[0], target(e.getKey(), 2024), e.getKey());
            sum += e.getValue()[0];
            int grassroots = 0;
            for (OrganizationSeed g : children(e.getKey())) {
                Integer t = target(g.code(), 2024);
                assertNotNull(t, g.code());
                assertTrue(t >= 1, g.code());
                grassroots += t;
                if (g.kind() == OrganizationKind.GRASSROOTS_COMMITTEE) {
                    int cells = children(g.code()).stream().map(c -> target(c.code(), 2024))
                            .mapToInt(t2 -> t2 == null ? 0 : t2).sum();
                    assertEquals(t, cells, "cells of " + g.code());
                }
            }
            assertEquals(e.getValue()[0], grassroots, "grassroots of " + e.getKey());
        }
        assertEquals(2_022, sum);
        assertEquals(6, target("LC-VB-NM", 2024));
        assertTrue(data.targets().stream().allMatch(t -> t.admissions() > 0));
        assertEquals(data.targets().size(), data.targets().stream()
                .map(t -> t.organizationCode() + "/" + t.year()).distinct().count(), "one target per unit and year");
    }

    @Test
    void earlierTargetsAndTermTargets() {
        for (int year = 2020; year <= 2023; year++) {
            int sum = 0;
            for (String unit : UNITS_2024.keySet()) {
                Integer t = target(unit, year);
                assertNotNull(t, unit + " " + year);
                sum += t;
            }
            assertEquals(sum, target("LC", year), "LC " + year);
        }
        Map<String, Integer> terms = data.termTargets().stream().filter(t -> t.fromYear() == 2020 && t.toYear() == 2025)
                .collect(Collectors.toMap(TermTargetSeed::organizationCode, TermTargetSeed::admissions));
        assertEquals(18, terms.get("LC-VB-NM"));
        assertEquals(UNITS_2024.keySet().stream().mapToInt(terms::get).sum(), terms.get("LC"));
        long namMa = 0;
        for (int year = 2020; year <= 2024; year++) {
            namMa += admitted("LC-VB-NM", year);
        }
        assertEquals(21, namMa, "Nậm Mả 2020–2024: 21/18 = 116,7%");
    }

    // ---- admissions 2024: the published figures -----------------------------------------------------------------

    @Test
    void admissions2024PerUnitAndProvince() {
        assertEquals(2_287, y2024.size());
        for (Map.Entry<String, int[]> e : UNITS_2024.entrySet()) {
            assertEquals(e.getValue()[1], admitted(e.getKey(), 2024), e.getKey());
            assertTrue(e.getValue()[1] > target(e.getKey(), 2024), e.getKey() + " exceeds its target");
        }
        assertEquals(60, admitted("LC-BP", 2024));
        assertEquals(149, admitted("LC-MK", 2024));
        assertEquals(270, admitted("LC-BT", 2024));
    }

    @Test
    void provinceTotals2024() {
        assertEquals(1_100, count(y2024, a -> a.gender() == Gender.FEMALE), "women");
        assertEquals(1_452, count(y2024, a -> Ethnicities.isMinority(a.ethnicityCode())), "ethnic minorities");
        assertEquals(65, count(y2024, a -> a.occupation() == Occupation.PUPIL_STUDENT), "pupils and students");
        assertEquals(85, count(y2024, a -> a.occupation() == Occupation.PRIVATE_ECONOMIC_UNIT), "private units");
        assertEquals(1_810, count(y2024, a -> a.generalEducation() == GeneralEducation.UPPER_SECONDARY), "THPT");
        Map<ProfessionalQualification, Integer> q = Map.of(ProfessionalQualification.DOCTOR, 0,
                ProfessionalQualification.MASTER, 40, ProfessionalQualification.UNIVERSITY, 754,
                ProfessionalQualification.COLLEGE, 303, ProfessionalQualification.INTERMEDIATE, 150,
                ProfessionalQualification.ELEMENTARY, 48, ProfessionalQualification.NONE, 992);
        q.forEach((level, n) -> assertEquals((long) n, count(y2024, a -> a.professionalQualification() == level),
                level.name()));
    }

    @Test
    void namedUnits() {
        int[] namMa = {2, 1, 2, 2, 14};
        int[] muongKhuong = {15, 18, 20, 19, 21};
        for (int y = 0; y < 5; y++) {
            assertEquals(namMa[y], admitted("LC-VB-NM", 2020 + y), "Nậm Mả " + (2020 + y));
            assertEquals(muongKhuong[y], admitted("LC-MK-TT", 2020 + y), "TT Mường Khương " + (2020 + y));
        }
        List<AdmissionSeed> namMaCell = y2024.stream().filter(a -> a.organizationCode().equals("LC-VB-NM-NM")).toList();
        assertEquals(6, namMaCell.size());
        assertTrue(namMaCell.stream().allMatch(a -> a.gender() == Gender.FEMALE));
        assertEquals(9, count(y2024, a -> within(a.organizationCode(), "LC-MK-TT")
                && a.occupation() == Occupation.PRIVATE_ECONOMIC_UNIT));
        AdmissionSeed cu = y2024.stream().filter(a -> a.fullName().equals("Cư Seo Mười")).findFirst().orElseThrow();
        assertEquals("LC-BT-PH-AN", cu.organizationCode());
        assertEquals(Gender.MALE, cu.gender());
        assertEquals("08", cu.ethnicityCode());
        assertEquals("Tin Lành", cu.religion());
    }

    @Test
    void earlierYearsArePlausible() {
        long y2023 = inYear(2023).size();
        assertTrue(y2023 >= 2_100 && y2023 <= 2_250, "2023: " + y2023);
        for (int year = 2020; year <= 2023; year++) {
            long n = inYear(year).size();
            assertTrue(n >= 2_000 && n <= 2_700, year + ": " + n);
            for (String unit : UNITS_2024.keySet()) {
                assertTrue(admitted(unit, year) >= target(unit, year), unit + " " + year);
            }
        }
        assertEquals(all.size(), count(all, a -> a.decisionDate().getYear() >= 2020));
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    @Test
    void everyAdmissionFollowsTheRules() {
        Set<String> numbers = new HashSet<>();
        for (AdmissionSeed a : all) {
            String who = a.fullName() + " " + a.decisionNumber();
            OrganizationSeed org = orgs.get(a.organizationCode());
            assertTrue(org.kind() == OrganizationKind.CELL || org.kind() == OrganizationKind.GRASSROOTS_CELL, who);
            int m = months(a);
            assertTrue(m >= 216 && m <= 720, who + " age in months " + m);
            assertTrue(a.birthDate().isBefore(a.decisionDate()), who);
            assertFalse(a.decisionDate().isAfter(LocalDate.of(2024, 12, 31)), who);
            assertFalse(a.ceremonyDate().isAfter(LocalDate.of(2024, 12, 31)), who);
            int wait = WorkingDays.between(a.decisionDate(), a.ceremonyDate());
            assertTrue(wait >= 3 && wait <= 25, who + " ceremony after " + wait + " working days");
            assertTrue(WorkingDays.isWorkingDay(a.decisionDate()) && WorkingDays.isWorkingDay(a.ceremonyDate()), who);
            assertTrue(numbers.add(a.decisionNumber()), "duplicate decision number " + a.decisionNumber());
            assertTrue(a.decisionNumber().matches("\\d+-QĐ/[A-ZĐ][A-ZĐa-z]+(-[A-Z]+)?"), a.decisionNumber());
            assertTrue(Ethnicities.isKnown(a.ethnicityCode()), who);
            assertTrue(nfc(a.fullName()) && a.fullName().split(" ").length >= 3, who);
            assertTrue(a.religion() == null || Set.of("Tin Lành", "Công giáo", "Phật giáo").contains(a.religion()), who);

            boolean primary = a.generalEducation() == GeneralEducation.PRIMARY;
            assertEquals(primary, a.educationAreaException(), who);
            if (primary) {
                assertTrue(Ethnicities.isMinority(a.ethnicityCode()), who);
                assertTrue(orgs.get(org.parentCode()).name().startsWith("Đảng bộ xã"), who + " mountainous commune");
            }
            if (a.occupation() == Occupation.PUPIL_STUDENT) {
                assertTrue(m < 23 * 12, who + " pupil aged " + m / 12);
                assertEquals(GeneralEducation.UPPER_SECONDARY, a.generalEducation(), who);
                assertEquals(ProfessionalQualification.NONE, a.professionalQualification(), who);
            }
            if (a.professionalQualification().compareTo(ProfessionalQualification.COLLEGE) >= 0) {
                assertEquals(GeneralEducation.UPPER_SECONDARY, a.generalEducation(), who);
            }
            boolean armedUnit = within(a.organizationCode(), "LC-QS") || within(a.organizationCode(), "LC-BP")
                    || within(a.organizationCode(), "LC-CA");
            assertEquals(armedUnit, a.occupation() == Occupation.ARMED_FORCES, who);
        }
    }

    @Test
    void youthAndAgeShares() {
        for (int year = 2020; year <= 2024; year++) {
            List<AdmissionSeed> list = inYear(year);
            double young = count(list, a -> months(a) < 31 * 12) / (double) list.size();
            assertTrue(young >= 0.60 && young <= 0.65, year + " aged 18–30: " + young);
            long union = count(list, AdmissionSeed::youthUnionMember);
            long youngUnion = count(list, a -> a.youthUnionMember() && months(a) < 31 * 12);
            assertTrue(youngUnion >= 0.95 * union, "youth union members are mostly under 31");
            assertTrue(union >= 0.4 * list.size(), "youth union members " + union);
        }
        assertTrue(count(all, a -> a.religion() != null) > 0);
        assertTrue(count(all, a -> a.religion() != null) < 0.05 * all.size());
    }

    @Test
    void ethnicitiesFitTheDistricts() {
        assertTrue(minorityShare("LC-SMC") >= 0.85, "Si Ma Cai " + minorityShare("LC-SMC"));
        assertTrue(minorityShare("LC-TP") <= 0.40, "TP Lào Cai " + minorityShare("LC-TP"));
        assertEquals("08", commonestMinority("LC-SMC"));
        assertEquals("08", commonestMinority("LC-SP"));
        assertEquals("02", commonestMinority("LC-BY"));
    }

    private static double minorityShare(String unit) {
        List<AdmissionSeed> list = all.stream().filter(a -> within(a.organizationCode(), unit)).toList();
        return count(list, a -> Ethnicities.isMinority(a.ethnicityCode())) / (double) list.size();
    }

    private static String commonestMinority(String unit) {
        Map<String, Long> byCode = all.stream().filter(a -> within(a.organizationCode(), unit)
                        && Ethnicities.isMinority(a.ethnicityCode()))
                .collect(Collectors.groupingBy(AdmissionSeed::ethnicityCode, Collectors.counting()));
        return byCode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    // ---- emulation variety -------------------------------------------------------------------------------------

    @Test
    void baoThangHasUnitsAboveAndNotAboveTheirTargets() {
        int above = 0;
        int notAbove = 0;
        for (OrganizationSeed g : children("LC-BT")) {
            if (admitted(g.code(), 2024) > target(g.code(), 2024)) {
                above++;
            } else {
                notAbove++;
            }
        }
        assertTrue(above >= 3 && notAbove >= 3, "grassroots above " + above + ", not above " + notAbove);
        int cellsAbove = 0;
        int cellsNotAbove = 0;
        for (OrganizationSeed o : data.organizations()) {
            Integer t = target(o.code(), 2024);
            if (o.kind() == OrganizationKind.CELL && within(o.code(), "LC-BT") && t != null) {
                if (admitted(o.code(), 2024) > t) {
                    cellsAbove++;
                } else {
                    cellsNotAbove++;
                }
            }
        }
        assertTrue(cellsAbove >= 3 && cellsNotAbove >= 3, "cells above " + cellsAbove + ", not above " + cellsNotAbove);
    }

    // ---- membership --------------------------------------------------------------------------------------------

    @Test
    void membershipAt31December2024() {
        Map<String, MembershipSeed> byCode = new HashMap<>();
        for (MembershipSeed m : data.memberships()) {
            assertEquals(LocalDate.of(2024, 12, 31), m.asOf());
            assertTrue(byCode.put(m.organizationCode(), m) == null, "one record per unit");
            assertTrue(m.women() <= m.total() && m.minorities() <= m.total() && m.probationary() <= m.total(), m.toString());
            assertTrue(m.total() - m.probationary() >= 3, "at least three official members: " + m);
            long probation = count(all, a -> a.organizationCode().equals(m.organizationCode())
                    && a.ceremonyDate().isAfter(LocalDate.of(2023, 12, 31)));
            assertEquals(probation, m.probationary(), m.organizationCode());
            assertTrue(m.probationary() >= count(y2024, a -> a.organizationCode().equals(m.organizationCode())));
        }
        for (OrganizationSeed o : data.organizations()) {
            boolean leaf = o.kind() == OrganizationKind.CELL || o.kind() == OrganizationKind.GRASSROOTS_CELL;
            assertEquals(leaf, byCode.containsKey(o.code()), o.code());
        }
        MembershipSeed namMa = byCode.get("LC-VB-NM-NM");
        assertEquals(40, namMa.total());
        assertEquals(13, namMa.women());
        assertEquals(454, sum("LC-MK-TT", MembershipSeed::total));
        int total = sum("LC", MembershipSeed::total);
        assertTrue(total >= 60_000 && total <= 65_000, "province members " + total);
        double women = sum("LC", MembershipSeed::women) / (double) total;
        double minorities = sum("LC", MembershipSeed::minorities) / (double) total;
        assertTrue(women > 0.3 && women < 0.5, "women " + women);
        assertTrue(minorities > 0.45 && minorities < 0.7, "minorities " + minorities);
    }

    private static int sum(String unit, java.util.function.ToIntFunction<MembershipSeed> f) {
        return data.memberships().stream().filter(m -> within(m.organizationCode(), unit)).mapToInt(f).sum();
    }

    // ---- determinism -----------------------------------------------------------------------------------------

    @Test
    void theSameDatasetEveryTime() {
        assertEquals(data, LaoCaiDemoGenerator.generate());
    }
}
