package vn.ptdv.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.api.TrainingRegistry.NewClass;
import vn.ptdv.training.api.TrainingRegistry.NewGuide;
import vn.ptdv.training.api.TrainingRegistry.NewLearner;
import vn.ptdv.training.api.TrainingRegistry.Session;
import vn.ptdv.training.api.TrainingRegistry.Topic;

/**
 * The demo's training data (demo-data.md "Training"): the course guides 146-HD/BTGTU and 147-HD/BTGTU (plausible
 * reconstructions, marked as such) superseding earlier guides of 2019, and the classes 2019–2025 of the district
 * political centres (or of the committee where no centre exists): every demo admission attends an awareness class that
 * ends at least {@link #GAP_DAYS} days before its decision (so its certificate is valid at the decision date), and a
 * new-member class during its probation; each awareness class also has candidates who were not admitted, some of whom
 * failed. One 2024 class is held for the pupils of Trường THPT số 1 Bảo Thắng. Deterministic: depends only on the
 * dataset and {@link #SEED}.
 */
final class LaoCaiTraining {

    static final long SEED = 20_240_124L;
    static final String OLD_AWARENESS = "98-HD/BTGTU";
    static final String OLD_NEW_MEMBER = "99-HD/BTGTU";
    static final String AWARENESS_2024 = "146-HD/BTGTU";
    static final String NEW_MEMBER_2024 = "147-HD/BTGTU";
    static final LocalDate AWARENESS_2024_ISSUED = LocalDate.of(2024, 1, 24);
    static final LocalDate NEW_MEMBER_2024_ISSUED = LocalDate.of(2024, 1, 25);
    /** Days at least between the end of an awareness class and an admission decision. */
    static final int GAP_DAYS = 10;
    /** Days at least between the ceremony and the start of the new-member class. */
    static final int PROBATION_START_DAYS = 14;
    static final String SCHOOL = "Trường THPT số 1 Bảo Thắng";
    static final LocalDate SCHOOL_CLASS_START = LocalDate.of(2024, 3, 4);

    private static final int[] AWARENESS_MONTHS = {2, 5, 8, 11};
    private static final int[] NEW_MEMBER_MONTHS = {3, 6, 9, 12};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private LaoCaiTraining() {
    }

    /** The awareness-course plan: the classes and, per admission (same order as the dataset), its certificate number. */
    record AwarenessPlan(List<NewClass> classes, List<String> certificates) {
    }

    // ================================================================ guides

    static List<NewGuide> guides() {
        String grading = "Thang điểm 10, lấy một chữ số thập phân. Giỏi: từ 8 điểm; Khá: từ 6,5 đến dưới 8; Trung bình: "
                + "từ 5 đến dưới 6,5; Không đạt: dưới 5 điểm.";
        String purposeA = "Giúp quần chúng ưu tú nắm được những nội dung cơ bản về Đảng Cộng sản Việt Nam, nâng cao nhận thức, "
                + "củng cố niềm tin, động cơ phấn đấu vào Đảng; yêu cầu học viên tham gia đầy đủ, nghiêm túc.";
        String organisationA = "Trung tâm Chính trị các huyện, thị xã, thành phố chủ trì mở lớp; nơi chưa có trung tâm, "
                + "cấp ủy có thẩm quyền kết nạp đảng viên tổ chức lớp. Thời gian học 5 ngày.";
        String responsibilitiesA = "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc hướng dẫn, kiểm tra; "
                + "cấp ủy cơ sở lựa chọn, cử quần chúng ưu tú đi học; trung tâm chính trị tổ chức lớp, đánh giá, cấp giấy "
                + "chứng nhận.";
        String assessmentA = "Cuối khóa, mỗi học viên viết một bài thu hoạch về nhận thức của bản thân và phương hướng phấn đấu "
                + "trở thành đảng viên.";
        String certA = "Học viên học đủ ít nhất 80% thời gian và bài thu hoạch đạt từ 5 điểm trở lên được cấp Giấy chứng nhận "
                + "học lớp bồi dưỡng nhận thức về Đảng (mẫu CN-NTVĐ); giấy chứng nhận có giá trị 5 năm để xem xét kết nạp.";
        String purposeN = "Giúp đảng viên mới nắm vững những nội dung cơ bản về lý luận chính trị, đường lối của Đảng, nhiệm vụ "
                + "của người đảng viên, để rèn luyện, phấn đấu trong thời gian dự bị.";
        String organisationN = "Trung tâm Chính trị các huyện, thị xã, thành phố chủ trì mở lớp cho đảng viên dự bị; thời gian "
                + "học 5 ngày.";
        String assessmentN = "Cuối khóa, học viên viết bài thu hoạch liên hệ nhiệm vụ của bản thân.";
        String certN = "Học viên đạt yêu cầu được cấp giấy chứng nhận; giấy chứng nhận là thành phần của hồ sơ đề nghị công "
                + "nhận đảng viên chính thức và phải được cấp trong thời gian dự bị.";
        List<Topic> awareness2019 = List.of(
                new Topic(1, "Khái quát lịch sử Đảng Cộng sản Việt Nam", 8, TopicForm.LECTURE),
                new Topic(2, "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", 8, TopicForm.LECTURE),
                new Topic(3, "Nội dung cơ bản của Điều lệ Đảng Cộng sản Việt Nam", 8, TopicForm.LECTURE),
                new Topic(4, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 8, TopicForm.LECTURE),
                new Topic(5, "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam", 8, TopicForm.DISCUSSION));
        List<Topic> awareness2024 = List.of(
                new Topic(1, "Khái quát lịch sử Đảng Cộng sản Việt Nam", 6, TopicForm.LECTURE),
                new Topic(2, "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", 6, TopicForm.LECTURE),
                new Topic(3, "Nội dung cơ bản của Điều lệ Đảng Cộng sản Việt Nam", 8, TopicForm.LECTURE),
                new Topic(4, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 6, TopicForm.LECTURE),
                new Topic(5, "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam", 6, TopicForm.DISCUSSION),
                new Topic(6, "Lịch sử Đảng bộ tỉnh Lào Cai; tham quan di tích lịch sử địa phương", 8, TopicForm.FIELD_VISIT));
        List<Topic> newMember = List.of(
                new Topic(1, "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho hành động "
                        + "của Đảng", 4, TopicForm.LECTURE),
                new Topic(2, "Độc lập dân tộc gắn liền với chủ nghĩa xã hội và con đường đi lên chủ nghĩa xã hội ở Việt Nam",
                        4, TopicForm.LECTURE),
                new Topic(3, "Phát huy sức mạnh đại đoàn kết toàn dân tộc, dân chủ xã hội chủ nghĩa, xây dựng Nhà nước pháp "
                        + "quyền xã hội chủ nghĩa", 4, TopicForm.LECTURE),
                new Topic(4, "Đường lối phát triển kinh tế - xã hội", 4, TopicForm.LECTURE),
                new Topic(5, "Phát triển giáo dục - đào tạo, khoa học - công nghệ, văn hóa, con người Việt Nam, quản lý tài "
                        + "nguyên và bảo vệ môi trường", 4, TopicForm.LECTURE),
                new Topic(6, "Tăng cường quốc phòng - an ninh, bảo vệ vững chắc Tổ quốc", 4, TopicForm.LECTURE),
                new Topic(7, "Chủ động và tích cực hội nhập quốc tế", 4, TopicForm.LECTURE),
                new Topic(8, "Nguyên tắc tổ chức, hoạt động của Đảng và công tác xây dựng Đảng ở cơ sở", 4, TopicForm.LECTURE),
                new Topic(9, "Tăng cường xây dựng, chỉnh đốn Đảng", 4, TopicForm.LECTURE),
                new Topic(10, "Phấn đấu, rèn luyện xứng đáng là đảng viên Đảng Cộng sản Việt Nam", 4, TopicForm.DISCUSSION));
        return List.of(
                guide(98, LocalDate.of(2019, 3, 12), "Chương trình bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú",
                        CourseType.AWARENESS, List.of(Audience.GENERAL), awareness2019, purposeA, organisationA, responsibilitiesA,
                        assessmentA, grading, certA, null),
                guide(99, LocalDate.of(2019, 3, 12), "Chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới",
                        CourseType.NEW_MEMBER, List.of(Audience.GENERAL), newMember, purposeN, organisationN, responsibilitiesA,
                        assessmentN, grading, certN, null),
                guide(146, AWARENESS_2024_ISSUED, "Chương trình bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú trong các "
                                + "đơn vị kinh tế tư nhân và học sinh, sinh viên", CourseType.AWARENESS,
                        List.of(Audience.PRIVATE_SECTOR, Audience.PUPILS_STUDENTS), awareness2024, purposeA
                                + " Nội dung, thời gian phù hợp với người lao động khu vực kinh tế tư nhân và học sinh, sinh viên.",
                        organisationA + " Có thể mở lớp tại doanh nghiệp, nhà trường, vào ngày nghỉ.", responsibilitiesA,
                        assessmentA, grading, certA, OLD_AWARENESS),
                guide(147, NEW_MEMBER_2024_ISSUED, "Chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới trong các "
                                + "đơn vị kinh tế tư nhân và học sinh, sinh viên", CourseType.NEW_MEMBER,
                        List.of(Audience.PRIVATE_SECTOR, Audience.PUPILS_STUDENTS, Audience.GENERAL), newMember, purposeN,
                        organisationN + " Có thể mở lớp tại doanh nghiệp, nhà trường.", responsibilitiesA, assessmentN,
                        grading, certN, OLD_NEW_MEMBER));
    }

    private static NewGuide guide(int no, LocalDate on, String title, CourseType type, List<Audience> audiences, List<Topic> topics,
                                  String purpose, String organisation, String responsibilities, String assessment,
                                  String grading, String certificate, String supersedes) {
        return new NewGuide(no, "HD/BTGTU", "LC", "TỈNH ỦY LÀO CAI", "BAN TUYÊN GIÁO", "Lào Cai", on, title, type, audiences,
                5, topics, purpose, organisation, responsibilities, assessment, grading, certificate, "PHÓ TRƯỞNG BAN",
                "Nguyễn Văn Mẫu", true, supersedes);
    }

    // ================================================================ awareness classes

    /** A class being planned: its slot and learners. */
    private static final class Draft {
        final String upper;
        final LocalDate start;
        final boolean school;
        final List<NewLearner> learners = new ArrayList<>();
        final List<Integer> admissionIndexes = new ArrayList<>();

        Draft(String upper, LocalDate start, boolean school) {
            this.upper = upper;
            this.start = start;
            this.school = school;
        }

        LocalDate end() {
            return start.plusDays(4);
        }
    }

    static AwarenessPlan awareness(DemoDataset data) {
        OrganizationSeed school = data.organizations().stream()
                .filter(o -> o.kind() == OrganizationKind.GRASSROOTS_COMMITTEE && o.code().startsWith("LC-BT-")
                        && o.name().endsWith(SCHOOL)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo tree has no " + SCHOOL));
        return awareness(data.admissions(), data.organizations(), school, SEED, null, Map.of());
    }

    /**
     * The awareness classes of further admissions (old Yên Bái, 2025–2026): as {@link #awareness(DemoDataset)}
     * without the school's class; a class from {@code change} on is held by the committee that holds the cell then
     * ({@code committeeAfter}: cell code → committee code).
     */
    static AwarenessPlan awareness(List<AdmissionSeed> admissions, List<OrganizationSeed> organizations, long seed,
                                   LocalDate change, Map<String, String> committeeAfter) {
        return awareness(admissions, organizations, null, seed, change, committeeAfter);
    }

    private static AwarenessPlan awareness(List<AdmissionSeed> admissions, List<OrganizationSeed> organizations,
                                           OrganizationSeed school, long seed, LocalDate change,
                                           Map<String, String> committeeAfter) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, OrganizationSeed> orgs = new HashMap<>();
        organizations.forEach(o -> orgs.put(o.code(), o));
        Map<String, List<LocalDate[]>> taken = new HashMap<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Draft schoolClass = new Draft("LC-BT", SCHOOL_CLASS_START, true);
        if (school != null) {
            drafts.put("school", schoolClass);
        }
        for (int i = 0; i < admissions.size(); i++) {
            AdmissionSeed a = admissions.get(i);
            String key = VietnameseText.fold(a.fullName()) + "|" + a.birthDate();
            LocalDate latestEnd = a.decisionDate().minusDays(GAP_DAYS);
            Draft chosen = null;
            if (school != null && a.organizationCode().startsWith(school.code() + "-") && !schoolClass.end().isAfter(latestEnd)
                    && a.decisionDate().getYear() == 2024 && free(taken, key, schoolClass.start, schoolClass.end())) {
                chosen = schoolClass;
            }
            for (LocalDate start = slotBefore(latestEnd); chosen == null; start = previousSlot(start)) {
                if (free(taken, key, start, start.plusDays(4))) {
                    String upper = change != null && !start.isBefore(change) ? committeeAfter.get(a.organizationCode())
                            : upperOf(a.organizationCode());
                    chosen = drafts.computeIfAbsent(upper + "|" + start, k -> new Draft(upper, startOf(k), false));
                }
            }
            taken.computeIfAbsent(key, k -> new ArrayList<>()).add(new LocalDate[] {chosen.start, chosen.end()});
            chosen.learners.add(new NewLearner(a.fullName(), a.birthDate(), a.gender(), a.ethnicityCode(), a.religion(),
                    a.organizationCode(), null, passScore(rng), List.of(), "?"));
            chosen.admissionIndexes.add(i);
        }
        // candidates who were not (yet) admitted: about one in twelve, a third of them failed
        Map<String, List<String>> cellsOfSchool = new HashMap<>();
        organizations.stream().filter(o -> school != null && school.code().equals(o.parentCode()))
                .forEach(o -> cellsOfSchool.computeIfAbsent("school", k -> new ArrayList<>()).add(o.code()));
        for (Draft d : drafts.values()) {
            int extras = d.school ? 24 : Math.max(1, d.learners.size() / 12);
            for (int e = 0; e < extras; e++) {
                NewLearner model = d.learners.isEmpty() ? null : d.learners.get(rng.nextInt(d.learners.size()));
                String eth = model == null || d.school ? (rng.nextInt(3) == 0 ? "02" : "01") : model.ethnicityCode();
                Gender gender = rng.nextBoolean() ? Gender.MALE : Gender.FEMALE;
                LocalDate birth = d.school ? LocalDate.of(2006, 1, 1).plusDays(rng.nextInt(365))
                        : LocalDate.of(1980, 1, 1).plusDays(rng.nextInt(365 * 22));
                String name = PersonNames.of(eth, gender, rng);
                String key = VietnameseText.fold(name) + "|" + birth;
                if (!free(taken, key, d.start, d.end())) {
                    continue;
                }
                taken.computeIfAbsent(key, k -> new ArrayList<>()).add(new LocalDate[] {d.start, d.end()});
                String cell = d.school ? cellsOfSchool.get("school").get(rng.nextInt(cellsOfSchool.get("school").size()))
                        : model.nominatingOrgCode();
                boolean failed = e % 3 == 2;
                d.learners.add(new NewLearner(name, birth, gender, eth, null, cell, null,
                        failed ? score(rng, 30, 49) : passScore(rng), List.of(), failed ? null : "?"));
            }
        }
        return number(drafts, orgs, admissions.size());
    }

    /** Orders the classes, names them ("Khóa I năm 2024") and numbers the certificates per unit and year. */
    private static AwarenessPlan number(Map<String, Draft> drafts, Map<String, OrganizationSeed> orgs, int admissions) {
        List<Draft> sorted = new ArrayList<>(drafts.values());
        sorted.sort(Comparator.comparing((Draft d) -> d.upper).thenComparing(d -> d.start).thenComparing(d -> d.school));
        List<NewClass> classes = new ArrayList<>();
        String[] certificates = new String[admissions];
        Map<String, Integer> classNo = new HashMap<>();
        Map<String, Integer> certNo = new HashMap<>();
        for (Draft d : sorted) {
            String unitYear = d.upper + "|" + d.start.getYear();
            int n = classNo.merge(unitYear, 1, Integer::sum);
            String organiser = organiser(orgs.get(d.upper).name());
            List<NewLearner> learners = new ArrayList<>();
            int sessions = d.start.isBefore(AWARENESS_2024_ISSUED) ? 5 : 6;
            for (int i = 0; i < d.learners.size(); i++) {
                NewLearner l = d.learners.get(i);
                String number = null;
                if (l.certificateNumber() != null) {
                    number = String.format(Locale.ROOT, "NTVĐ-%s-%d-%04d", series(d.upper), d.start.getYear(),
                            certNo.merge(unitYear, 1, Integer::sum));
                    if (i < d.admissionIndexes.size()) {
                        certificates[d.admissionIndexes.get(i)] = number;
                    }
                }
                List<Integer> absent = d.start.getYear() == 2024 && (i * 7 + n) % 19 == 0
                        ? List.of((i + n) % sessions) : List.of();
                learners.add(new NewLearner(l.fullName(), l.birthDate(), l.gender(), l.ethnicityCode(), l.religion(),
                        l.nominatingOrgCode(), null, l.score(), absent, number));
            }
            List<Session> days = new ArrayList<>();
            for (int t = 1; t <= sessions; t++) {
                days.add(new Session(d.start.plusDays(Math.min(t - 1, 4)), t));
            }
            classes.add(new NewClass(d.start.isBefore(AWARENESS_2024_ISSUED) ? OLD_AWARENESS : AWARENESS_2024,
                    d.school ? Audience.PUPILS_STUDENTS : Audience.GENERAL, d.upper, organiser,
                    "Khóa " + ROMAN[Math.min(n, ROMAN.length) - 1] + " năm " + d.start.getYear(),
                    d.start, d.end(), d.school ? SCHOOL : "Hội trường " + organiser, days, learners, null, true));
        }
        return new AwarenessPlan(classes, List.of(certificates));
    }

    // ================================================================ new-member classes

    /** New-member classes for every admission (by its id): the first class of its unit during its probation. */
    static List<NewClass> newMember(DemoDataset data, Map<String, Long> idsByDecisionNumber) {
        return newMember(data, idsByDecisionNumber, null, Map.of(), List.of());
    }

    /**
     * As {@link #newMember(DemoDataset, Map)}; a class from {@code change} on is held by the committee that holds the
     * cell then ({@code committeeAfter}: cell code → committee code, one of {@code committees}), as the district
     * committees ended on the day before.
     */
    static List<NewClass> newMember(DemoDataset data, Map<String, Long> idsByDecisionNumber, LocalDate change,
                                    Map<String, String> committeeAfter, List<OrganizationSeed> committees) {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        Map<String, OrganizationSeed> orgs = new HashMap<>();
        data.organizations().forEach(o -> orgs.put(o.code(), o));
        committees.forEach(o -> orgs.put(o.code(), o));
        Map<String, List<LocalDate[]>> taken = new HashMap<>();
        Map<String, List<NewLearner>> byClass = new java.util.TreeMap<>();
        for (AdmissionSeed a : data.admissions()) {
            String key = VietnameseText.fold(a.fullName()) + "|" + a.birthDate();
            LocalDate start = slotAfter(a.ceremonyDate().plusDays(PROBATION_START_DAYS));
            while (!free(taken, key, start, start.plusDays(4))) {
                start = slotAfter(start.plusDays(1));
            }
            if (change != null && start.plusDays(4).isAfter(LaoCaiCandidates.AS_OF)) {
                continue;  // the probation goes on after the demo's as-of date: its course is still to come
            }
            String upper = change != null && !start.isBefore(change) ? committeeAfter.get(a.organizationCode())
                    : upperOf(a.organizationCode());
            if (start.plusDays(4).isAfter(a.ceremonyDate().plusMonths(12))) {
                throw new IllegalStateException("no new-member class during a probation");
            }
            taken.computeIfAbsent(key, k -> new ArrayList<>()).add(new LocalDate[] {start, start.plusDays(4)});
            Long id = idsByDecisionNumber.get(a.decisionNumber());
            if (id == null) {
                throw new IllegalStateException("an admission of the demo was not recorded");
            }
            byClass.computeIfAbsent(upper + "|" + start, k -> new ArrayList<>()).add(new NewLearner(null, null, null, null,
                    null, null, id, passScore(rng), List.of(), "?"));
        }
        List<NewClass> classes = new ArrayList<>();
        Map<String, Integer> classNo = new HashMap<>();
        Map<String, Integer> certNo = new HashMap<>();
        for (Map.Entry<String, List<NewLearner>> e : byClass.entrySet()) {
            String upper = e.getKey().substring(0, e.getKey().indexOf('|'));
            LocalDate start = startOf(e.getKey());
            String unitYear = upper + "|" + start.getYear();
            int n = classNo.merge(unitYear, 1, Integer::sum);
            List<NewLearner> learners = new ArrayList<>();
            for (NewLearner l : e.getValue()) {
                learners.add(new NewLearner(null, null, null, null, null, null, l.admissionId(), l.score(), List.of(),
                        String.format(Locale.ROOT, "ĐVM-%s-%d-%04d", series(upper), start.getYear(),
                                certNo.merge(unitYear, 1, Integer::sum))));
            }
            List<Session> days = new ArrayList<>();
            for (int t = 1; t <= 10; t++) {
                days.add(new Session(start.plusDays((t - 1) / 2), t));
            }
            String organiser = organiser(orgs.get(upper).name());
            classes.add(new NewClass(start.isBefore(NEW_MEMBER_2024_ISSUED) ? OLD_NEW_MEMBER : NEW_MEMBER_2024, Audience.GENERAL,
                    upper, organiser, "Khóa " + ROMAN[Math.min(n, ROMAN.length) - 1] + " năm " + start.getYear(), start,
                    start.plusDays(4), "Hội trường " + organiser, days, learners, null, true));
        }
        return classes;
    }

    // ================================================================ helpers

    /** The unit directly under the province: codes extend their parent's ("LC-BT-PH-AN" → "LC-BT"). */
    static String upperOf(String code) {
        int second = code.indexOf('-', 3);
        return second < 0 ? code : code.substring(0, second);
    }

    /** The unit's part of a certificate number: "BT" for LC-BT, "BT01" for LC-BT01, "YB-TP" for old Yên Bái's YB-TP. */
    static String series(String code) {
        return code.startsWith("LC-") ? code.substring(3) : code;
    }

    /** "Đảng bộ huyện Bảo Thắng" → "Trung tâm Chính trị huyện Bảo Thắng"; an affiliated committee organises its own. */
    static String organiser(String upperName) {
        String place = upperName.replaceFirst("^Đảng bộ ", "");
        if (place.startsWith("huyện ") || place.startsWith("thị xã ") || place.startsWith("thành phố ")) {
            return "Trung tâm Chính trị " + place;
        }
        return "Đảng ủy " + place;
    }

    private static boolean free(Map<String, List<LocalDate[]>> taken, String key, LocalDate start, LocalDate end) {
        return taken.getOrDefault(key, List.of()).stream().noneMatch(p -> !p[0].isAfter(end) && !p[1].isBefore(start));
    }

    /** The start of a class (a Monday, from the 10th of its month). */
    private static LocalDate slot(int year, int month) {
        return LocalDate.of(year, month, 10).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** The latest awareness slot whose class (5 days) ends on or before {@code latestEnd}. */
    private static LocalDate slotBefore(LocalDate latestEnd) {
        for (int year = latestEnd.getYear(); ; year--) {
            for (int i = AWARENESS_MONTHS.length - 1; i >= 0; i--) {
                LocalDate s = slot(year, AWARENESS_MONTHS[i]);
                if (!s.plusDays(4).isAfter(latestEnd)) {
                    return s;
                }
            }
        }
    }

    private static LocalDate previousSlot(LocalDate start) {
        return slotBefore(start.minusDays(1));
    }

    /** The first new-member slot starting on or after {@code from}. */
    private static LocalDate slotAfter(LocalDate from) {
        for (int year = from.getYear(); ; year++) {
            for (int m : NEW_MEMBER_MONTHS) {
                LocalDate s = slot(year, m);
                if (!s.isBefore(from)) {
                    return s;
                }
            }
        }
    }

    private static LocalDate startOf(String key) {
        return LocalDate.parse(key.substring(key.indexOf('|') + 1));
    }

    private static BigDecimal passScore(SplittableRandom rng) {
        return score(rng, 50 + rng.nextInt(25), 95);
    }

    /** A score from min/10 to max/10 with one decimal. */
    private static BigDecimal score(SplittableRandom rng, int min, int max) {
        return BigDecimal.valueOf(min + rng.nextInt(max - min + 1), 1);
    }
}
