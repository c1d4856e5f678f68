package vn.ptdv.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Align;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.reporting.api.Table.Row;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Figures;
import vn.ptdv.training.control.TrainingReportData.Guide;
import vn.ptdv.training.control.TrainingReportData.Learner;
import vn.ptdv.training.control.TrainingReportData.Section;
import vn.ptdv.training.control.TrainingReportData.Summary;
import vn.ptdv.training.control.TrainingReportData.Topic;

/**
 * The words and tables of the training documents: sentences formatted in Java (vi-VN: 2.287; 64,0%; 8,5;
 * 24/01/2024) so that they are tested here, tables with typed columns that the document kit formats the same way.
 * Shares are rounded half-up to one decimal and never divide by zero (a dash instead).
 */
public final class TrainingReportText {

    /** Printed where a number does not apply. */
    public static final String DASH = Table.DASH;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private TrainingReportText() {
    }

    // ---------------------------------------------------------------- course guide

    /** The body of a guide: its sections, the programme table with its total, the closing sections. */
    public static DocumentBody guideBody(Guide g) {
        DocumentBody.Builder d = DocumentBody.builder();
        int part = 0;
        for (Section s : g.sections()) {
            addSection(d, part++, s);
        }
        d.heading(roman(part++) + ". NỘI DUNG CHƯƠNG TRÌNH");
        d.paragraph("Chương trình gồm " + g.topics().size() + " chuyên đề, tổng cộng "
                + periods(totalPeriods(g.topics())) + ", cụ thể như sau:");
        d.table(programmeTable(g.topics()));
        for (Section s : g.closing()) {
            addSection(d, part++, s);
        }
        return d.build();
    }

    /** The programme table: one row per topic in order, then "Tổng cộng: N tiết" across the table. */
    public static Table programmeTable(List<Topic> topics) {
        Table.Builder t = Table.of(Column.integer("STT", 30).centered(), Column.text("Chuyên đề", 267),
                Column.text("Hình thức", 100).centered(), Column.integer("Số tiết", 70).centered()).fontSize(11);
        topics.stream().sorted(Comparator.comparingInt(Topic::order))
                .forEach(topic -> t.row(topic.order(), topic.title(), topic.form(), topic.periods()));
        return t.span("Tổng cộng: " + periods(totalPeriods(topics)), Align.CENTER).build();
    }

    static int totalPeriods(List<Topic> topics) {
        return topics.stream().mapToInt(Topic::periods).sum();
    }

    private static String periods(int total) {
        return n(total) + " tiết";
    }

    private static void addSection(DocumentBody.Builder d, int part, Section s) {
        d.heading(roman(part) + ". " + s.heading().toUpperCase(VietnameseText.VI_VN));
        paragraphs(d, s.text());
    }

    /** Each non-blank line of the text as a paragraph; lines starting with "- " or "1." stay as they are. */
    static void paragraphs(DocumentBody.Builder d, String text) {
        if (text == null) {
            return;
        }
        text.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(d::paragraph);
    }

    static String roman(int index) {
        return index < ROMAN.length ? ROMAN[index] : Integer.toString(index + 1);
    }

    // ---------------------------------------------------------------- class results

    /** Vietnamese list order: by tên (the last word of the name), then by the whole name, with Vietnamese collation. */
    public static Comparator<Learner> learnerOrder() {
        Comparator<String> vi = VietnameseText.collator();
        return Comparator.comparing((Learner x) -> givenName(x.fullName()), vi).thenComparing(Learner::fullName, vi);
    }

    static String givenName(String fullName) {
        String s = fullName.strip();
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }

    /** "lớp bồi dưỡng nhận thức về Đảng", for running text. */
    static String className(CourseType type) {
        return "lớp " + lowerFirst(type.label());
    }

    /** "Khóa 01/2024" from the course number "01/2024" (or "Khóa 01/2024" as it is). */
    static String course(String courseNumber) {
        String s = courseNumber.strip();
        return s.regionMatches(true, 0, "khóa", 0, 4) ? "Khóa" + s.substring(4) : "Khóa " + s;
    }

    /**
     * The audience in running text: "học sinh, sinh viên", "người làm việc trong đơn vị kinh tế tư nhân"; the general
     * audience is who the course is for: "quần chúng ưu tú" (awareness course) or "đảng viên mới".
     */
    static String audience(Audience a, CourseType type) {
        return switch (a) {
            case PRIVATE_SECTOR -> "người làm việc trong đơn vị kinh tế tư nhân";
            case PUPILS_STUDENTS -> "học sinh, sinh viên";
            case GENERAL -> type == CourseType.NEW_MEMBER ? "đảng viên mới" : "quần chúng ưu tú";
        };
    }

    /** The audience as a table row: "Học sinh, sinh viên", "Người làm việc trong đơn vị kinh tế tư nhân", "Đối tượng chung". */
    static String audienceLabel(Audience a) {
        return a == Audience.GENERAL ? "Đối tượng chung" : upperFirst(audience(a, CourseType.AWARENESS));
    }

    /** "từ ngày 04/03/2024 đến ngày 08/03/2024". */
    static String period(ClassInfo c) {
        return "từ ngày " + VietnameseFormat.date(c.startDate()) + " đến ngày " + VietnameseFormat.date(c.endDate());
    }

    /** The body of the class results: the class, the learners table, the summary table and its sentence. */
    public static DocumentBody classResultsBody(ClassInfo c, List<Learner> learners) {
        Table.Builder t = Table.of(Column.integer("STT", 24).centered(), Column.text("Họ và tên", 92),
                Column.date("Ngày sinh", 50), Column.text("Đơn vị cử đi học", 84),
                Column.text("Số buổi có mặt", 34).centered(), Column.text("Điểm", 28).centered(),
                Column.text("Xếp loại", 50).centered(), Column.text("Số giấy chứng nhận", 105).centered())
                .fontSize(10); // eight columns: 10 pt keeps dates and certificate numbers on one line
        int i = 0;
        for (Learner x : learners.stream().sorted(learnerOrder()).toList()) {
            t.row(++i, x.fullName(), x.birthDate(), x.nominatingUnit(), x.sessionsPresent() + "/" + c.sessions(),
                    score(x.score()), x.grade() == null ? "Chưa xếp loại" : x.grade().label(),
                    x.certificateNumber() == null ? DASH : x.certificateNumber());
        }
        return DocumentBody.builder()
                .paragraph(upperFirst(className(c.courseType())) + " " + lowerFirst(course(c.name())) + " dành cho "
                        + audience(c.audience(), c.courseType()) + " do " + c.centreName() + " tổ chức tại " + c.place()
                        + " " + period(c) + (c.guideNumber() == null ? "" : " theo Hướng dẫn số " + c.guideNumber())
                        + ", gồm " + n(c.sessions()) + " buổi học. Kết quả học tập của học viên như sau:")
                .heading("1. Danh sách học viên và kết quả học tập")
                .table(t.build())
                .heading("2. Tổng hợp kết quả")
                .paragraph(classHeadline(learners))
                .table(classSummaryTable(learners))
                .build();
    }

    /** Counts per grade, in the grade order; grades nobody got count 0. */
    static Map<Grade, Long> gradeCounts(List<Learner> learners) {
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, learners.stream().filter(x -> x.grade() == g).count());
        }
        return counts;
    }

    static long certified(List<Learner> learners) {
        return learners.stream().filter(x -> x.certificateNumber() != null).count();
    }

    /** "Sĩ số 25 học viên; 25 học viên đạt yêu cầu (100,0%), trong đó giỏi 9 (36,0%), khá 16 (64,0%), …". */
    static String classHeadline(List<Learner> learners) {
        long total = learners.size();
        if (total == 0) {
            return "Lớp chưa có học viên.";
        }
        Map<Grade, Long> g = gradeCounts(learners);
        long passed = g.get(Grade.GIOI) + g.get(Grade.KHA) + g.get(Grade.TRUNG_BINH);
        StringBuilder s = new StringBuilder("Sĩ số " + n(total) + " học viên; " + n(passed) + " học viên đạt yêu cầu ("
                + share(passed, total) + "), trong đó giỏi " + n(g.get(Grade.GIOI)) + " ("
                + share(g.get(Grade.GIOI), total) + "), khá " + n(g.get(Grade.KHA)) + " ("
                + share(g.get(Grade.KHA), total) + "), trung bình " + n(g.get(Grade.TRUNG_BINH)) + " ("
                + share(g.get(Grade.TRUNG_BINH), total) + ")");
        s.append(g.get(Grade.KHONG_DAT) == 0 ? "; không có học viên không đạt"
                : "; " + n(g.get(Grade.KHONG_DAT)) + " học viên không đạt (" + share(g.get(Grade.KHONG_DAT), total) + ")");
        long ungraded = learners.stream().filter(x -> x.grade() == null).count();
        if (ungraded > 0) {
            s.append("; ").append(n(ungraded)).append(" học viên chưa xếp loại");
        }
        return s.append(". Số học viên được cấp giấy chứng nhận: ").append(n(certified(learners))).append('.').toString();
    }

    /** STT, Nội dung, Số lượng, Tỷ lệ: sĩ số, each grade, ungraded (when any), certified. */
    static Table classSummaryTable(List<Learner> learners) {
        long total = learners.size();
        Map<Grade, Long> g = gradeCounts(learners);
        Table.Builder t = Table.of(Column.integer("STT", 30).centered(), Column.text("Nội dung", 267),
                Column.integer("Số lượng", 100).centered(), Column.percent("Tỷ lệ", 70).centered()).fontSize(11);
        int i = 0;
        t.row(++i, "Sĩ số", total, Table.share(total, total));
        for (Grade grade : Grade.values()) {
            t.row(++i, "Xếp loại " + lowerFirst(grade.label()), g.get(grade), Table.share(g.get(grade), total));
        }
        long ungraded = learners.stream().filter(x -> x.grade() == null).count();
        if (ungraded > 0) {
            t.row(++i, "Chưa xếp loại", ungraded, Table.share(ungraded, total));
        }
        long certified = certified(learners);
        t.row(++i, "Số được cấp giấy chứng nhận", certified, Table.share(certified, total));
        return t.build();
    }

    // ---------------------------------------------------------------- training summary

    /** The body of the summary: the headline, then one figures table per breakdown. */
    public static DocumentBody summaryBody(Summary s) {
        return DocumentBody.builder()
                .paragraph(summaryHeadline(s.organizationName(), s.year(), total(s.byCourseType())))
                .heading("1. Theo chương trình bồi dưỡng")
                .table(figuresTable("Chương trình", s.byCourseType()))
                .heading("2. Theo đối tượng học viên")
                .table(figuresTable("Đối tượng", s.byAudience()))
                .heading("3. Theo đơn vị tổ chức lớp")
                .table(figuresTable("Đơn vị tổ chức", s.byOrganizer()))
                .note("Tỷ lệ đạt là số học viên đạt (giỏi, khá, trung bình) so với tổng số học viên của các lớp"
                        + " khai giảng trong năm " + s.year() + ".")
                .build();
    }

    static Figures total(List<Figures> groups) {
        Figures t = new Figures("Tổng cộng", 0, 0, 0, 0, 0, 0);
        for (Figures f : groups) {
            t = t.plus(f, t.label());
        }
        return t;
    }

    /**
     * "Năm 2024, các tổ chức đảng trong Đảng bộ tỉnh Lào Cai đã mở 12 lớp bồi dưỡng với 480 học viên; 470 học viên đạt
     * yêu cầu (97,9%), trong đó giỏi …".
     */
    public static String summaryHeadline(String organizationName, int year, Figures t) {
        String head = "Năm " + year + ", các tổ chức đảng trong " + organizationName;
        if (t.classes() == 0) {
            return head + " chưa mở lớp bồi dưỡng nhận thức về Đảng hay lớp bồi dưỡng đảng viên mới nào.";
        }
        return head + " đã mở " + n(t.classes()) + " lớp bồi dưỡng với " + n(t.learners()) + " học viên; "
                + n(t.passed()) + " học viên đạt yêu cầu (" + share(t.passed(), t.learners()) + "), trong đó giỏi "
                + n(t.excellent()) + ", khá " + n(t.good()) + ", trung bình " + n(t.average()) + "; "
                + n(t.failed()) + " học viên không đạt.";
    }

    /** One row per group, then the total row. */
    static Table figuresTable(String firstColumn, List<Figures> groups) {
        Table.Builder t = Table.of(Column.text(firstColumn, 119), Column.integer("Số lớp", 43),
                Column.integer("Số học viên", 43), Column.integer("Số đạt", 43), Column.percent("Tỷ lệ đạt", 47),
                Column.integer("Giỏi", 43), Column.integer("Khá", 43), Column.integer("Trung bình", 43),
                Column.integer("Không đạt", 43)).fontSize(11);
        for (Figures f : groups) {
            t.add(figuresRow(false, f));
        }
        return t.add(figuresRow(true, total(groups))).build();
    }

    private static Row figuresRow(boolean total, Figures f) {
        Object[] cells = {f.label(), f.classes(), f.learners(), f.passed(), Table.share(f.passed(), f.learners()),
            f.excellent(), f.good(), f.average(), f.failed()};
        return total ? Row.total(cells) : Row.of(cells);
    }

    // ---------------------------------------------------------------- helpers

    /** "64,0%", or a dash when there is nobody to share among. */
    static String share(long part, long whole) {
        String s = VietnameseFormat.percent(part, whole);
        return s == null ? DASH : s;
    }

    /** A score in vi-VN with one or two decimals: 8.5 → "8,5", 9 → "9,0"; a dash when not scored. */
    public static String score(BigDecimal score) {
        if (score == null) {
            return DASH;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0.0#", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(score);
    }

    static String upperFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VietnameseText.VI_VN) + s.substring(1);
    }

    static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        // keep acronyms and proper names ("THPT", "Đảng") as they are
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(VietnameseText.VI_VN) + s.substring(1);
    }

    private static String n(long v) {
        return VietnameseFormat.integer(v);
    }
}
