package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * What one admission adds to the maintained figures (adm_figure, V1_18_0): a counter vector under the key of every
 * ancestor prefix of its organisation record's path (the record's subtree figures: {@code exact = false}) and under
 * the record's own path with {@code exact = true} (the record's own admissions, for lineage sums per record), in the
 * month of its decision, per breakdown (general education, professional qualification, political theory). A
 * withdrawn admission adds nothing. Deltas are summed per key in a sorted map, so writers update rows in one order.
 */
public final class FigureDelta {

    /** Counter columns of adm_figure, in the order of the vectors. */
    public static final String[] COUNTERS = {"admitted", "women", "minorities", "religious", "pupils_students",
            "private_units", "youth_union", "youth_band"};

    private FigureDelta() {
    }

    /** One row of adm_figure. {@code month}: yyyymm of the decision date. */
    public record Key(String prefix, boolean exact, int month, String generalEducation,
                      String professionalQualification, String politicalTheory) implements Comparable<Key> {

        public String root() {
            return OrganizationRef.rootOf(prefix);
        }

        public int depth() {
            return prefix.length() / OrganizationRef.PATH_LEVEL;
        }

        @Override
        public int compareTo(Key o) {
            int c = prefix.compareTo(o.prefix);
            if (c == 0) {
                c = Boolean.compare(exact, o.exact);
            }
            if (c == 0) {
                c = Integer.compare(month, o.month);
            }
            if (c == 0) {
                c = generalEducation.compareTo(o.generalEducation);
            }
            if (c == 0) {
                c = professionalQualification.compareTo(o.professionalQualification);
            }
            if (c == 0) {
                c = politicalTheory.compareTo(o.politicalTheory);
            }
            return c;
        }
    }

    /** The values of an admission the figures count. */
    public record Facts(String orgPath, boolean active, LocalDate decisionDate, LocalDate birthDate, boolean female,
                        boolean minority, boolean religious, String occupation, boolean youthUnionMember,
                        String generalEducation, String professionalQualification, String politicalTheory) {

        public static Facts of(Admission a) {
            return new Facts(a.getOrgPath(), a.getStatus() == AdmissionStatus.ACTIVE, a.getDecisionDate(),
                    a.getBirthDate(), "FEMALE".equals(a.getGender().name()), a.isMinority(), a.getReligion() != null,
                    a.getOccupation().name(), a.isYouthUnionMember(), a.getGeneralEducation().name(),
                    a.getProfessionalQualification().name(), a.getPoliticalTheory().name());
        }

        /** The counter vector of one admission. */
        long[] counters() {
            return new long[] {1, female ? 1 : 0, minority ? 1 : 0, religious ? 1 : 0,
                    "PUPIL_STUDENT".equals(occupation) ? 1 : 0, "PRIVATE_ECONOMIC_UNIT".equals(occupation) ? 1 : 0,
                    youthUnionMember ? 1 : 0, AgeBand.YOUTH.contains(birthDate, decisionDate) ? 1 : 0};
        }
    }

    /** yyyymm of a day. */
    public static int month(LocalDate d) {
        return d.getYear() * 100 + d.getMonthValue();
    }

    /** A new empty, sorted delta map. */
    public static TreeMap<Key, long[]> empty() {
        return new TreeMap<>();
    }

    /** Adds {@code sign} (+1 or -1) times the admission's contribution to {@code into}. */
    public static void add(Map<Key, long[]> into, Facts f, int sign) {
        if (f == null || !f.active()) {
            return;
        }
        long[] c = f.counters();
        int month = month(f.decisionDate());
        String path = f.orgPath().strip();
        for (int end = OrganizationRef.PATH_LEVEL; end <= path.length(); end += OrganizationRef.PATH_LEVEL) {
            plus(into, new Key(path.substring(0, end), false, month, f.generalEducation(),
                    f.professionalQualification(), f.politicalTheory()), c, sign);
        }
        plus(into, new Key(path, true, month, f.generalEducation(), f.professionalQualification(),
                f.politicalTheory()), c, sign);
    }

    /** The change from {@code before} to {@code after} (either may be null: created, or no longer counted). */
    public static TreeMap<Key, long[]> change(Facts before, Facts after) {
        TreeMap<Key, long[]> d = empty();
        add(d, before, -1);
        add(d, after, 1);
        d.values().removeIf(FigureDelta::zero);
        return d;
    }

    static boolean zero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static void plus(Map<Key, long[]> into, Key k, long[] c, int sign) {
        long[] v = into.computeIfAbsent(k, x -> new long[COUNTERS.length]);
        for (int i = 0; i < c.length; i++) {
            v[i] += sign * c[i];
        }
    }
}
