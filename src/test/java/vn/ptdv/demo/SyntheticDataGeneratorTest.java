package vn.ptdv.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticDataGeneratorTest {

    /** What one generation of the first two provinces produced. */
    private static final class Collected implements SyntheticDataGenerator.Sink {
        final Map<Integer, List<SyntheticDataGenerator.OrganizationRow>> organizations = new HashMap<>();
        final Map<Integer, Integer> admissionsByProvince = new HashMap<>();
        final Map<Integer, Integer> admissionsByYear = new HashMap<>();
        final List<AdmissionSeed> sample = new ArrayList<>();
        final Set<String> decisionNumbers = new HashSet<>();
        int duplicates;

        @Override
        public void province(int index, String rootCode, List<SyntheticDataGenerator.OrganizationRow> rows) {
            organizations.put(index, rows);
        }

        @Override
        public void admissions(int province, int year, List<AdmissionSeed> admissions) {
            admissionsByProvince.merge(province, admissions.size(), Integer::sum);
            if (province == 0) {
                admissionsByYear.merge(year, admissions.size(), Integer::sum);
            }
            for (AdmissionSeed a : admissions) {
                if (!decisionNumbers.add(a.decisionNumber())) {
                    duplicates++;
                }
                if (sample.size() < 50_000) {
                    sample.add(a);
                }
            }
        }
    }

    private static Collected twoProvinces() {
        Collected c = new Collected();
        Map<Integer, Integer> demo = new HashMap<>();
        LaoCaiDemoGenerator.generate().admissions().forEach(a -> demo.merge(a.decisionDate().getYear(), 1, Integer::sum));
        SyntheticDataGenerator.generateProvince(0, y -> demo.getOrDefault(y, 0), c);
        SyntheticDataGenerator.generateProvince(1, y -> 0, c);
        return c;
    }

    @Test
    void provincesHaveTheirSizeAndValidRows() {
        Collected c = twoProvinces();
        Set<String> demoCodes = new HashSet<>();
        LaoCaiDemoGenerator.generate().organizations().forEach(o -> demoCodes.add(o.code()));
        // Lào Cai: the demo tree plus extra cells, all new codes under existing or earlier parents.
        List<SyntheticDataGenerator.OrganizationRow> lc = c.organizations.get(0);
        assertEquals(SyntheticDataGenerator.ORGANIZATIONS_PER_PROVINCE, demoCodes.size() + lc.size());
        Set<String> known = new HashSet<>(demoCodes);
        for (var row : lc) {
            assertTrue(known.contains(row.parentCode()), row.code());
            assertTrue(known.add(row.code()), "duplicate " + row.code());
        }
        assertEquals(SyntheticDataGenerator.firstExtraCellCode(), lc.get(0).code());
        // Another province: a whole tree of its own codes.
        List<SyntheticDataGenerator.OrganizationRow> t01 = c.organizations.get(1);
        assertEquals(SyntheticDataGenerator.ORGANIZATIONS_PER_PROVINCE, t01.size());
        assertEquals("T01", t01.get(0).code());
        Set<String> own = new HashSet<>();
        for (var row : t01) {
            assertTrue(row.code().startsWith("T01"), row.code());
            assertTrue(row.parentCode() == null || own.contains(row.parentCode()), row.code());
            assertTrue(own.add(row.code()));
        }
        // Admissions: 10.000 a year in Lào Cai including the demo's, 100.000 in another province; unique numbers.
        for (int y = SyntheticDataGenerator.FIRST_YEAR; y <= SyntheticDataGenerator.LAST_YEAR; y++) {
            int demo = y >= 2020 ? 1 : 0;
            assertTrue(c.admissionsByYear.get(y) > 0 && (demo == 1 || c.admissionsByYear.get(y) == 10_000), "" + y);
        }
        assertEquals(100_000, c.admissionsByProvince.get(1));
        assertEquals(0, c.duplicates);
        for (AdmissionSeed a : c.sample) {
            int age = Period.between(a.birthDate(), a.decisionDate()).getYears();
            assertTrue(age >= 18 && age < 60, a.birthDate() + " " + a.decisionDate());
            assertTrue(a.ceremonyDate().isAfter(a.decisionDate()));
            assertFalse(a.ceremonyDate().isAfter(LocalDate.of(2024, 12, 31)));
            assertTrue(a.fullName() != null && a.gender() != null && a.occupation() != null && a.ethnicityCode() != null);
            assertTrue(a.organizationCode().startsWith("LC") || a.organizationCode().startsWith("T01"));
        }
    }

    @Test
    void theSameSizeGivesTheSameRows() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        SyntheticDataGenerator.generateProvince(2, y -> 0, sink(first));
        SyntheticDataGenerator.generateProvince(2, y -> 0, sink(second));
        assertEquals(first, second);
    }

    private static SyntheticDataGenerator.Sink sink(List<String> out) {
        return new SyntheticDataGenerator.Sink() {
            @Override
            public void province(int index, String rootCode, List<SyntheticDataGenerator.OrganizationRow> rows) {
                rows.forEach(r -> out.add(r.toString()));
            }

            @Override
            public void admissions(int province, int year, List<AdmissionSeed> admissions) {
                admissions.stream().limit(200).forEach(a -> out.add(a.toString()));
            }
        };
    }
}
