package vn.ptdv.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import vn.ptdv.admission.api.AdmissionRegistry.CandidateRecord;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationKind;

/**
 * The demo's pools of candidates for 2027 (issue #16 item 8): in every district, four cells of its first two
 * communes propose two people each, one at each point of the path on 30/11/2026: two in the pool, one with the
 * awareness step, four with their dossier at the 2nd, 5th, 6th (the cell's resolution) and last step, one stopped.
 * The awareness step records the paper certificate kept by the cell (the demo's classes of 2026 are not generated).
 * Invented people, deterministic (seed {@link #SEED}).
 */
public final class LaoCaiCandidates {

    static final long SEED = 20_261_130L;
    /** The last day the demo's pools are planned up to. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final int[] STEPS = {0, 0, 0, 2, 5, 6, 7, 1};
    private static final String[] ETHNICITIES = {"01", "02", "08", "09", "03", "26"};

    private LaoCaiCandidates() {
    }

    public static List<CandidateRecord> plan(List<OrganizationSeed> organizations) {
        Map<String, List<OrganizationSeed>> children = organizations.stream().filter(o -> o.parentCode() != null)
                .collect(Collectors.groupingBy(OrganizationSeed::parentCode));
        SplittableRandom rng = new SplittableRandom(SEED);
        List<CandidateRecord> out = new ArrayList<>();
        List<OrganizationSeed> districts = organizations.stream()
                .filter(o -> o.kind() == OrganizationKind.UPPER_GRASSROOTS_COMMITTEE)
                .sorted(Comparator.comparing(OrganizationSeed::code)).toList();
        for (OrganizationSeed district : districts) {
            List<OrganizationSeed> cells = children.getOrDefault(district.code(), List.of()).stream()
                    .filter(c -> c.kind() == OrganizationKind.GRASSROOTS_COMMITTEE)
                    .sorted(Comparator.comparing(OrganizationSeed::code)).limit(2)
                    .flatMap(commune -> children.getOrDefault(commune.code(), List.of()).stream()
                            .filter(c -> c.kind() == OrganizationKind.CELL)
                            .sorted(Comparator.comparing(OrganizationSeed::code)).limit(2))
                    .toList();
            for (int i = 0; i < 2 * cells.size(); i++) {
                out.add(candidate(cells.get(i / 2).code(), i % STEPS.length, rng));
            }
        }
        return out;
    }

    private static CandidateRecord candidate(String cell, int kind, SplittableRandom rng) {
        String ethnicity = ETHNICITIES[rng.nextInt(ETHNICITIES.length)];
        Gender gender = rng.nextBoolean() ? Gender.FEMALE : Gender.MALE;
        String name = PersonNames.of(ethnicity, gender, rng);
        LocalDate birth = LocalDate.of(1992 + rng.nextInt(14), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        LocalDate added = LocalDate.of(2026, 1, 5).plusDays(rng.nextInt(120));
        int steps = STEPS[kind];
        boolean awareness = kind >= 2 && kind <= 6;
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 7, 1).plusDays(rng.nextInt(30));
        for (int s = 0; s < steps; s++) {
            dates.add(d);
            d = d.plusDays(6 + rng.nextInt(8));
        }
        int members = 8 + rng.nextInt(25);
        boolean stopped = kind == 7;
        return new CandidateRecord(name, gender, birth, ethnicity,
                rng.nextInt(5) == 0 ? GeneralEducation.LOWER_SECONDARY : GeneralEducation.UPPER_SECONDARY,
                rng.nextBoolean() ? ProfessionalQualification.NONE : ProfessionalQualification.INTERMEDIATE,
                rng.nextInt(4) == 0 ? Occupation.PUPIL_STUDENT : Occupation.FARMER, birth.getYear() >= 1996, cell, added,
                "Đảng viên giúp đỡ do chi bộ phân công", awareness
                        ? "Đã học lớp bồi dưỡng nhận thức về Đảng năm 2026; giấy chứng nhận bản giấy lưu tại chi bộ" : null,
                dates, steps >= 6 ? members - rng.nextInt(3) : null, steps >= 6 ? members : null,
                stopped ? LocalDate.of(2026, 10, 15) : null,
                stopped ? "Chuyển đi làm ăn xa, chi bộ tạm dừng xem xét" : null);
    }
}
