package vn.ptdv.admission.api;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Kết quả công tác phát triển đảng viên of one organisation in one year.
 *
 * @param organization     the organisation's record valid during the year (the latest one, if several)
 * @param year             the year
 * @param target           its own registered target for the year (kế hoạch); null when none is registered
 * @param breakdown        the structure of the year's admissions in its whole subtree
 * @param units            its direct children valid on any day of the year, in Vietnamese name order
 * @param directAdmitted   admissions recorded on the organisation itself (not under a child)
 * @param previousAdmitted admissions of the previous year by what the organisation now holds (its predecessors then,
 *                         through mergers, splits and moves: the lineage baseline)
 * @param previousTarget   its own target of the previous year; null when none, or when the previous year's figure
 *                         comes from other units (targets are never mixed across structures)
 * @param previousBaseline the predecessors that make up {@code previousAdmitted} (the organisation's own record of
 *                         then when nothing changed)
 * @param term             the term target that covers the year and the admissions since the term began; null when
 *                         none is registered
 * @param yearBaseline     for an organisation formed during the year (a merger, a split, a move): the records of the
 *                         year before it was formed whose admissions of the year it holds now, counted in the year's
 *                         figures; empty when its own record covers the whole year
 */
public record AdmissionResults(OrganizationRef organization, int year, Integer target, Breakdown breakdown,
                               List<UnitRow> units, long directAdmitted, long previousAdmitted, Integer previousTarget,
                               TermProgress term, List<OrganizationRef> previousBaseline,
                               List<OrganizationRef> yearBaseline) {

    public AdmissionResults {
        units = List.copyOf(units);
        previousBaseline = List.copyOf(previousBaseline);
        yearBaseline = List.copyOf(yearBaseline);
    }

    /** The results of an organisation whose own record covers the whole year. */
    public AdmissionResults(OrganizationRef organization, int year, Integer target, Breakdown breakdown,
                            List<UnitRow> units, long directAdmitted, long previousAdmitted, Integer previousTarget,
                            TermProgress term, List<OrganizationRef> previousBaseline) {
        this(organization, year, target, breakdown, units, directAdmitted, previousAdmitted, previousTarget, term,
                previousBaseline, List.of());
    }

    /** Whether the previous year's figure is the organisation's own (no predecessor of another code). */
    public boolean previousSameUnit() {
        return previousBaseline.stream().allMatch(r -> r.code().equals(organization.code()));
    }

    /** The admitted count of the year. */
    public long admitted() {
        return breakdown.admitted();
    }

    /** The sum of the units' registered targets; null when no unit registered one. */
    public Integer unitTargetSum() {
        return units.stream().anyMatch(u -> u.target() != null)
                ? units.stream().mapToInt(u -> u.target() == null ? 0 : u.target()).sum() : null;
    }

    /**
     * Cơ cấu đảng viên mới: counts of the year's admissions by category. {@code aged18To30} counts those whose age
     * in full years at the decision date is 18 to 30 (đủ 18 đến 30 tuổi).
     */
    public record Breakdown(long admitted, long women, long minorities, long withReligion, long pupilsStudents,
                            long privateEconomicUnits, long youthUnionMembers, long aged18To30,
                            Map<GeneralEducation, Long> generalEducation,
                            Map<ProfessionalQualification, Long> professionalQualification,
                            Map<PoliticalTheory, Long> politicalTheory) {

        public Breakdown {
            generalEducation = complete(GeneralEducation.class, generalEducation);
            professionalQualification = complete(ProfessionalQualification.class, professionalQualification);
            politicalTheory = complete(PoliticalTheory.class, politicalTheory);
        }

        /** The sum of two breakdowns (the parts of a year recorded under different records). */
        public Breakdown plus(Breakdown o) {
            return new Breakdown(admitted + o.admitted, women + o.women, minorities + o.minorities,
                    withReligion + o.withReligion, pupilsStudents + o.pupilsStudents,
                    privateEconomicUnits + o.privateEconomicUnits, youthUnionMembers + o.youthUnionMembers,
                    aged18To30 + o.aged18To30, sum(generalEducation, o.generalEducation),
                    sum(professionalQualification, o.professionalQualification), sum(politicalTheory, o.politicalTheory));
        }

        private static <E extends Enum<E>> Map<E, Long> sum(Map<E, Long> a, Map<E, Long> b) {
            Map<E, Long> out = new java.util.HashMap<>(a);
            b.forEach((k, v) -> out.merge(k, v, Long::sum));
            return out;
        }

        public static Breakdown empty() {
            return new Breakdown(0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of());
        }

        /** Trung cấp và sơ cấp, reported together. */
        public long intermediateAndElementary() {
            return professionalQualification.get(ProfessionalQualification.INTERMEDIATE)
                    + professionalQualification.get(ProfessionalQualification.ELEMENTARY);
        }

        /** The share of the admitted count, in percent rounded half-up to one decimal; null when nobody was admitted. */
        public BigDecimal share(long count) {
            return VietnameseFormat.ratio(count, admitted);
        }

        private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
            EnumMap<E, Long> all = new EnumMap<>(type);
            for (E e : type.getEnumConstants()) {
                all.put(e, counts == null ? 0L : counts.getOrDefault(e, 0L));
            }
            return java.util.Collections.unmodifiableMap(all);
        }
    }

    /**
     * One direct child: its registered target (null: chưa đăng ký chỉ tiêu), its subtree's admissions of the year,
     * women and ethnic minorities among them. A unit whose code had several records under the parent during the year
     * (a rename) is one row, named as its latest record.
     */
    public record UnitRow(OrganizationRef unit, Integer target, long admitted, long women, long minorities) {

        /** Admitted ÷ registered target in percent (one decimal, half-up); null without a positive target. */
        public BigDecimal ratio() {
            return target == null ? null : VietnameseFormat.ratio(admitted, target);
        }
    }

    /** Chỉ tiêu nhiệm kỳ and the admissions from its first year up to the report year. */
    public record TermProgress(int fromYear, int toYear, int target, long admittedToDate) {

        public BigDecimal ratio() {
            return VietnameseFormat.ratio(admittedToDate, target);
        }
    }
}
