package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.demo.LaoCaiUnits.Upper;
import vn.ptdv.shared.Ethnicities;

/**
 * Gives one year's admissions their attributes so that the year's counts are exactly those of its {@link YearProfile}.
 * Each counted attribute is assigned by choosing exactly the required number of people ({@link Quotas#pick}), with
 * weights that keep the result coherent (teachers are likelier to be women, civil servants to hold degrees, soldiers
 * to be young). Attributes that no report counts exactly (ethnic group, religion, political theory) are drawn at
 * random from realistic distributions.
 */
final class AttributeAssigner {

    private static final ProfessionalQualification[] COUNTED = {ProfessionalQualification.MASTER,
            ProfessionalQualification.UNIVERSITY, ProfessionalQualification.COLLEGE,
            ProfessionalQualification.INTERMEDIATE, ProfessionalQualification.ELEMENTARY};
    /** The youngest age in months at which each counted qualification is plausible. */
    private static final int[] MIN_MONTHS = {300, 264, 240, 228, 216};
    /** Full years 18–30 at the decision: the "thanh niên" band of the reports. */
    static final int YOUNG_MAX_MONTHS = 31 * 12 - 1;
    private static final int MIN_MONTHS_AGE = 18 * 12;
    private static final int MAX_MONTHS_AGE = 60 * 12 - 5;

    private final LaoCaiTree tree;
    private final SplittableRandom rng;

    AttributeAssigner(LaoCaiTree tree, SplittableRandom rng) {
        this.tree = tree;
        this.rng = rng;
    }

    void assign(List<Draft> drafts, YearProfile p) {
        occupations(drafts, p);
        genders(drafts, p);
        ethnicities(drafts, p);
        ages(drafts, p);
        qualifications(drafts, p);
        education(drafts, p);
        for (Draft d : drafts) {
            details(d);
        }
    }

    // ---- occupation: armed forces by unit, exact pupils and private-sector counts, the rest by setting ------------

    private void occupations(List<Draft> drafts, YearProfile p) {
        for (Draft d : drafts) {
            if (d.setting().armed()) {
                d.occupation = Occupation.ARMED_FORCES;
            }
        }
        choose(drafts, p.pupils(), d -> d.occupation == null && d.setting() == Setting.UPPER_SCHOOL, d -> 1.0,
                d -> d.occupation = Occupation.PUPIL_STUDENT);
        int within = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(p.privateWithin()).entrySet()) {
            Unit unit = tree.get(e.getKey());
            choose(drafts, e.getValue(), d -> d.occupation == null && d.cell.isWithin(unit), this::privateWeight,
                    d -> d.occupation = Occupation.PRIVATE_ECONOMIC_UNIT);
            within += e.getValue();
        }
        choose(drafts, p.privateUnit() - within, d -> d.occupation == null && outside(d, p.privateWithin()),
                this::privateWeight, d -> d.occupation = Occupation.PRIVATE_ECONOMIC_UNIT);
        for (Draft d : drafts) {
            if (d.occupation == null) {
                d.occupation = Occupation.valueOf(Quotas.weighted(occupationMix(d.setting()), rng));
            }
        }
    }

    private boolean outside(Draft d, Map<String, Integer> subtrees) {
        return subtrees.keySet().stream().noneMatch(code -> d.cell.isWithin(tree.get(code)));
    }

    private double privateWeight(Draft d) {
        return switch (d.setting()) {
            case PRIVATE_ENTERPRISE -> 200;
            case TOWN_QUARTER -> 3;
            case VILLAGE -> 0.3;
            default -> 0;
        };
    }

    private static String occupationMix(Setting s) {
        return switch (s) {
            case VILLAGE -> "FARMER:80,CIVIL_SERVANT:4,WORKER:4,OTHER:12";
            case TOWN_QUARTER -> "CIVIL_SERVANT:30,WORKER:20,OTHER:35,FARMER:15";
            case COMMUNE_OFFICE -> "CIVIL_SERVANT:1";
            case STATE_ENTERPRISE -> "WORKER:75,OTHER:25";
            case PRIVATE_ENTERPRISE -> "WORKER:1";
            default -> "CIVIL_SERVANT:95,OTHER:5";
        };
    }

    // ---- gender ------------------------------------------------------------------------------------------------

    private void genders(List<Draft> drafts, YearProfile p) {
        long fixedWomen = drafts.stream().filter(d -> d.gender == Gender.FEMALE).count();
        choose(drafts, p.women() - (int) fixedWomen, d -> d.gender == null, this::womanWeight,
                d -> d.gender = Gender.FEMALE);
        drafts.stream().filter(d -> d.gender == null).forEach(d -> d.gender = Gender.MALE);
    }

    private double womanWeight(Draft d) {
        return switch (d.occupation) {
            case ARMED_FORCES -> d.setting() == Setting.POLICE ? 0.2 : 0.05;
            case PUPIL_STUDENT -> 1.6;
            case CIVIL_SERVANT -> d.setting() == Setting.SCHOOL || d.setting() == Setting.HEALTH ? 2.2 : 1.2;
            case WORKER -> 0.7;
            default -> 1.0;
        };
    }

    // ---- ethnicity: minorities split exactly over the 13 units by their usual shares ----------------------------

    private void ethnicities(List<Draft> drafts, YearProfile p) {
        List<Unit> uppers = tree.root.children;
        int n = uppers.size();
        double[] weights = new double[n];
        int[] min = new int[n];
        int[] max = new int[n];
        for (int i = 0; i < n; i++) {
            Unit upper = uppers.get(i);
            double share = tree.spec(upper).minorityShare();
            List<Draft> mine = within(drafts, upper);
            min[i] = (int) mine.stream().filter(d -> Boolean.TRUE.equals(d.minority)).count();
            weights[i] = mine.size() * share;
            max[i] = Math.max(min[i], (int) Math.round(mine.size() * Math.min(0.98, share + 0.1)));
        }
        int[] quotas = Quotas.allocate(p.minorities(), weights, min, max);
        for (int i = 0; i < n; i++) {
            Upper spec = tree.spec(uppers.get(i));
            List<Draft> mine = within(drafts, uppers.get(i));
            choose(mine, quotas[i] - min[i], d -> d.minority == null, this::minorityWeight, d -> d.minority = true);
            for (Draft d : mine) {
                if (d.minority == null) {
                    d.minority = false;
                }
                if (d.ethnicityCode == null) {
                    d.ethnicityCode = d.minority ? Quotas.weighted(spec.ethnicMix(), rng) : Ethnicities.KINH;
                }
            }
        }
    }

    private double minorityWeight(Draft d) {
        double w = d.setting().minorityFactor;
        return d.occupation == Occupation.FARMER ? w * 1.4 : w;
    }

    private static List<Draft> within(List<Draft> drafts, Unit upper) {
        return drafts.stream().filter(d -> d.cell.upper() == upper).toList();
    }

    // ---- age: an exact number aged 18–30, then a birth date that gives an age in months in the right band -------

    private void ages(List<Draft> drafts, YearProfile p) {
        drafts.stream().filter(d -> d.is(Occupation.PUPIL_STUDENT)).forEach(d -> d.young = true);
        long pupils = drafts.stream().filter(d -> Boolean.TRUE.equals(d.young)).count();
        choose(drafts, p.young() - (int) pupils, d -> d.young == null, this::youngWeight, d -> d.young = true);
        for (Draft d : drafts) {
            if (d.young == null) {
                d.young = false;
            }
            d.ageMonths = ageMonths(d);
            d.birthDate = d.decisionDate.minusMonths(d.ageMonths).minusDays(rng.nextInt(28));
        }
    }

    private double youngWeight(Draft d) {
        return switch (d.occupation) {
            case ARMED_FORCES -> d.setting() == Setting.ARMY ? 12 : d.setting() == Setting.BORDER_GUARD ? 6 : 3;
            case WORKER -> 1.6;
            case PRIVATE_ECONOMIC_UNIT -> 1.8;
            case FARMER -> 1.1;
            case CIVIL_SERVANT -> 0.9;
            default -> 1.0;
        };
    }

    private int ageMonths(Draft d) {
        if (d.is(Occupation.PUPIL_STUDENT)) {
            return MIN_MONTHS_AGE + rng.nextInt(d.cell.parent.name.contains("Cao đẳng") ? 48 : 20);
        }
        if (d.young) {
            int low = d.is(Occupation.CIVIL_SERVANT) ? 22 * 12 : MIN_MONTHS_AGE;
            int high = d.setting() == Setting.ARMY ? 26 * 12 : YOUNG_MAX_MONTHS;
            return low + rng.nextInt(high - low + 1);
        }
        int span = MAX_MONTHS_AGE - (YOUNG_MAX_MONTHS + 1);
        return YOUNG_MAX_MONTHS + 1 + (int) (span * Math.pow(rng.nextDouble(), 1.7));
    }

    // ---- professional qualification: exact counts, highest first, among people old enough ---------------------

    private void qualifications(List<Draft> drafts, YearProfile p) {
        for (int q = 0; q < COUNTED.length; q++) {
            ProfessionalQualification level = COUNTED[q];
            int minMonths = MIN_MONTHS[q];
            choose(drafts, p.qualifications()[q],
                    d -> d.qualification == null && !d.is(Occupation.PUPIL_STUDENT) && d.ageMonths >= minMonths,
                    d -> qualificationWeight(level, d), d -> d.qualification = level);
        }
        drafts.stream().filter(d -> d.qualification == null).forEach(d -> d.qualification = ProfessionalQualification.NONE);
    }

    private static double qualificationWeight(ProfessionalQualification level, Draft d) {
        Setting s = d.setting();
        return switch (d.occupation) {
            case CIVIL_SERVANT -> professional(s) * switch (level) {
                case MASTER -> s == Setting.HEALTH || s == Setting.AGENCY || s == Setting.UPPER_SCHOOL ? 14 : 5;
                case UNIVERSITY -> 10;
                case COLLEGE -> 4;
                case INTERMEDIATE -> 1.5;
                default -> 0.3;
            };
            case ARMED_FORCES -> switch (level) {
                case MASTER -> s == Setting.POLICE ? 3 : 0.5;
                case UNIVERSITY -> s == Setting.POLICE ? 6 : s == Setting.BORDER_GUARD ? 3 : 1.2;
                case COLLEGE -> s == Setting.POLICE ? 2 : 1.2;
                case INTERMEDIATE -> s == Setting.POLICE ? 3 : 0.9;
                default -> 1.0;
            };
            case WORKER -> switch (level) {
                case MASTER -> 0.2;
                case UNIVERSITY -> 0.8;
                case COLLEGE -> 2.5;
                case INTERMEDIATE -> 3;
                default -> 2;
            };
            case FARMER -> switch (level) {
                case MASTER -> 0.01;
                case UNIVERSITY -> 0.08;
                case COLLEGE -> 0.25;
                case INTERMEDIATE -> 0.35;
                default -> 0.6;
            };
            case PRIVATE_ECONOMIC_UNIT -> switch (level) {
                case MASTER -> 1;
                case UNIVERSITY -> 3;
                case COLLEGE -> 2.5;
                default -> 1.5;
            };
            default -> switch (level) {
                case MASTER -> 0.4;
                case UNIVERSITY -> 1.2;
                case COLLEGE -> 2;
                case INTERMEDIATE -> 1.5;
                default -> 1;
            };
        };
    }

    /** Teachers and health workers cannot work untrained: they come first for every qualification. */
    private static double professional(Setting s) {
        return s == Setting.SCHOOL || s == Setting.UPPER_SCHOOL || s == Setting.HEALTH ? 3 : 1;
    }

    // ---- general education: degrees and pupils imply THPT; an exact number of others have it too --------------

    private void education(List<Draft> drafts, YearProfile p) {
        int forced = 0;
        for (Draft d : drafts) {
            if (d.is(Occupation.PUPIL_STUDENT) || d.qualification.compareTo(ProfessionalQualification.COLLEGE) >= 0) {
                d.education = GeneralEducation.UPPER_SECONDARY;
                forced++;
            }
        }
        choose(drafts, p.upperSecondary() - forced, d -> d.education == null, this::upperSecondaryWeight,
                d -> d.education = GeneralEducation.UPPER_SECONDARY);
        for (Draft d : drafts) {
            if (d.education == null) {
                boolean exception = d.minority && d.inMountainCommune() && d.ageMonths >= 300
                        && rng.nextDouble() < 0.25;
                d.education = exception ? GeneralEducation.PRIMARY : GeneralEducation.LOWER_SECONDARY;
                d.educationAreaException = exception;
            }
        }
    }

    private double upperSecondaryWeight(Draft d) {
        double w = switch (d.qualification) {
            case INTERMEDIATE -> 6;
            case ELEMENTARY -> 3;
            default -> 1;
        };
        if (d.is(Occupation.ARMED_FORCES)) {
            w *= 8;
        }
        if (d.is(Occupation.CIVIL_SERVANT)) {
            w *= 5;
        }
        if (d.young) {
            w *= 2.5;
        }
        if (d.minority && d.setting() == Setting.VILLAGE) {
            w *= 0.4;
        }
        return d.setting() == Setting.TOWN_QUARTER ? w * 1.5 : w;
    }

    // ---- attributes no report counts exactly ------------------------------------------------------------------

    private void details(Draft d) {
        if (d.religion == null) {
            d.religion = religion(d.ethnicityCode);
        }
        double youth = d.is(Occupation.PUPIL_STUDENT) ? 1.0 : d.is(Occupation.ARMED_FORCES) ? 0.95 : 0.8;
        d.youthUnionMember = d.ageMonths <= YOUNG_MAX_MONTHS && rng.nextDouble() < youth;
        d.politicalTheory = politicalTheory(d);
        if (d.fullName == null) {
            d.fullName = PersonNames.of(d.ethnicityCode, d.gender, rng);
        }
    }

    private String religion(String ethnicity) {
        String table = switch (ethnicity) {
            case "08" -> "-:94,Tin Lành:5,Công giáo:1";
            case "09" -> "-:98,Tin Lành:1,Công giáo:1";
            case "01" -> "-:94,Phật giáo:4,Công giáo:2";
            case "02", "26", "07" -> "-:99,Phật giáo:1";
            default -> "-:1";
        };
        String r = Quotas.weighted(table, rng);
        return r.equals("-") ? null : r;
    }

    private PoliticalTheory politicalTheory(Draft d) {
        double elementary = switch (d.occupation) {
            case CIVIL_SERVANT -> d.ageMonths >= 300 ? 0.22 : 0.05;
            case ARMED_FORCES -> d.qualification.compareTo(ProfessionalQualification.COLLEGE) >= 0 ? 0.15 : 0.02;
            default -> 0.02;
        };
        double x = rng.nextDouble();
        if (d.is(Occupation.CIVIL_SERVANT) && d.ageMonths >= 360 && x < 0.03) {
            return PoliticalTheory.INTERMEDIATE;
        }
        return x < elementary ? PoliticalTheory.ELEMENTARY : PoliticalTheory.NONE;
    }

    // ---- the one selection step --------------------------------------------------------------------------------

    private void choose(List<Draft> drafts, int count, Predicate<Draft> eligible, ToDoubleFunction<Draft> weight,
                        java.util.function.Consumer<Draft> apply) {
        if (count < 0) {
            throw new IllegalStateException("negative quota " + count);
        }
        List<Draft> candidates = new ArrayList<>();
        for (Draft d : drafts) {
            if (eligible.test(d)) {
                candidates.add(d);
            }
        }
        Quotas.pick(candidates, count, weight, rng).forEach(apply);
    }
}
