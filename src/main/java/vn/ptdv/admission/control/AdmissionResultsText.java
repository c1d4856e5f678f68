package vn.ptdv.admission.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionResults.Breakdown;
import vn.ptdv.admission.api.AdmissionResults.TermProgress;
import vn.ptdv.admission.api.AdmissionResults.UnitRow;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * The words and numbers of the admission-results report, formatted in Java (vi-VN: 2.287; 113,1%) so that they
 * are tested here and the template only places them. Ratios are rounded half-up to one decimal; nothing is ever
 * divided by zero: a unit without a target or without admissions gets a mark instead of a ratio.
 */
public final class AdmissionResultsText {

    /** Marks of the units table. */
    public static final String NO_TARGET = "chưa đăng ký chỉ tiêu";
    public static final String NONE_ADMITTED = "chưa kết nạp";
    public static final String ZERO_TARGET = "chỉ tiêu bằng 0";
    /** Printed where a number does not apply. */
    public static final String DASH = "–";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AdmissionResultsText() {
    }

    /** One line of the report body; {@code kind} selects the template band, the other fields are its cells. */
    public record Line(String kind, String no, String text, String v1, String v2, String v3, String v4, String v5) {

        static Line paragraph(String text) {
            return new Line("P", null, text, null, null, null, null, null);
        }

        static Line heading(String text) {
            return new Line("H", null, text, null, null, null, null, null);
        }
    }

    /** "toàn Đảng bộ" or, for a cell, "toàn Chi bộ". */
    static String whole(OrganizationKind kind) {
        return kind == OrganizationKind.CELL || kind == OrganizationKind.GRASSROOTS_CELL ? "toàn Chi bộ" : "toàn Đảng bộ";
    }

    /**
     * The headline: "Năm 2024, toàn Đảng bộ kết nạp 2.287/2.022 đảng viên, đạt 113,1% kế hoạch (vượt 13,1%)". The
     * denominator is the organisation's own target (kế hoạch), else the sum of its units' registered targets (chỉ
     * tiêu đăng ký); without either the sentence says so instead of printing a ratio.
     */
    public static String headline(AdmissionResults r) {
        String subject = "Năm " + r.year() + ", " + whole(r.organization().kind());
        Integer denominator = r.target();
        String name = "kế hoạch";
        if (denominator == null) {
            denominator = r.unitTargetSum();
            name = "chỉ tiêu đăng ký";
        }
        return subject + " " + achievement(r.admitted(), denominator, name);
    }

    /** "kết nạp 2.287/2.022 đảng viên, đạt 113,1% kế hoạch (vượt 13,1%)" and its variants. */
    static String achievement(long admitted, Integer target, String targetName) {
        if (target == null) {
            return admitted == 0 ? "chưa kết nạp đảng viên nào và chưa đăng ký chỉ tiêu kết nạp"
                    : "kết nạp " + n(admitted) + " đảng viên (chưa đăng ký chỉ tiêu kết nạp)";
        }
        if (target == 0) {
            return (admitted == 0 ? "chưa kết nạp đảng viên nào" : "kết nạp " + n(admitted) + " đảng viên")
                    + " (" + targetName + " bằng 0, không tính tỷ lệ)";
        }
        if (admitted == 0) {
            return "chưa kết nạp đảng viên nào (" + targetName + " " + n(target) + " đảng viên)";
        }
        BigDecimal ratio = VietnameseFormat.ratio(admitted, target);
        String head = "kết nạp " + n(admitted) + "/" + n(target) + " đảng viên, đạt " + VietnameseFormat.percent(ratio)
                + " " + targetName;
        if (admitted > target) {
            return head + " (vượt " + VietnameseFormat.percent(ratio.subtract(HUNDRED)) + ")";
        }
        if (admitted < target) {
            return head + " (còn thiếu " + n(target - admitted) + " đảng viên)";
        }
        return head;
    }

    /** The ratio cell of a unit: "150,0%" or a mark ("chưa đăng ký chỉ tiêu", "chưa kết nạp", "chỉ tiêu bằng 0"). */
    public static String ratioCell(Integer target, long admitted) {
        if (target == null) {
            return admitted == 0 ? NO_TARGET + "; " + NONE_ADMITTED : NO_TARGET;
        }
        if (admitted == 0) {
            return NONE_ADMITTED;
        }
        if (target == 0) {
            return ZERO_TARGET;
        }
        return VietnameseFormat.percent(admitted, target);
    }

    /**
     * The units with the highest ratio of admitted to registered target, best first; units without a positive
     * target are not ranked. Exact fractions are compared (not the rounded percentages); ties go to the unit that
     * admitted more, then by Vietnamese name.
     */
    public static List<UnitRow> topUnits(List<UnitRow> units, int limit) {
        Comparator<UnitRow> byRatio = (a, b) -> Long.compare(b.admitted() * a.target(), a.admitted() * b.target());
        return units.stream().filter(u -> u.target() != null && u.target() > 0 && u.admitted() > 0)
                .sorted(byRatio.thenComparing(UnitRow::admitted, Comparator.reverseOrder())
                        .thenComparing(u -> u.unit().name(), VietnameseText.collator()))
                .limit(limit).toList();
    }

    /**
     * "Các đơn vị có tỷ lệ kết nạp so với chỉ tiêu đăng ký cao nhất: Đảng bộ Bộ đội Biên phòng tỉnh (150,0%), …"; null
     * when no unit can be ranked.
     */
    public static String topUnitsSentence(List<UnitRow> units, int limit) {
        List<UnitRow> top = topUnits(units, limit);
        if (top.isEmpty()) {
            return null;
        }
        String list = String.join(", ", top.stream()
                .map(u -> u.unit().name() + " (" + VietnameseFormat.percent(u.admitted(), u.target()) + ")").toList());
        return (top.size() == 1 ? "Đơn vị có tỷ lệ kết nạp so với chỉ tiêu đăng ký cao nhất: "
                : "Các đơn vị có tỷ lệ kết nạp so với chỉ tiêu đăng ký cao nhất: ") + list + ".";
    }

    /** "Đơn vị chưa đăng ký chỉ tiêu: …. Đơn vị chưa kết nạp đảng viên trong năm: …."; null when every unit did both. */
    public static String marksSentence(List<UnitRow> units) {
        List<String> noTarget = units.stream().filter(u -> u.target() == null).map(u -> u.unit().name()).toList();
        List<String> none = units.stream().filter(u -> u.admitted() == 0).map(u -> u.unit().name()).toList();
        List<String> parts = new ArrayList<>();
        if (!noTarget.isEmpty()) {
            parts.add("Đơn vị chưa đăng ký chỉ tiêu: " + String.join(", ", noTarget) + ".");
        }
        if (!none.isEmpty()) {
            parts.add("Đơn vị chưa kết nạp đảng viên trong năm: " + String.join(", ", none) + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The comparison with the previous year. */
    public static String comparison(AdmissionResults r) {
        int prev = r.year() - 1;
        long before = r.previousAdmitted();
        long now = r.admitted();
        if (before == 0) {
            return "Năm " + prev + " " + whole(r.organization().kind()).replace("toàn ", "")
                    + " chưa kết nạp đảng viên nào" + (now == 0 ? "." : "; năm " + r.year() + " kết nạp "
                    + n(now) + " đảng viên.");
        }
        String previous = "So với năm " + prev + " (kết nạp " + n(before) + " đảng viên"
                + (r.previousTarget() != null && r.previousTarget() > 0
                        ? ", đạt " + VietnameseFormat.percent(before, r.previousTarget()) + " kế hoạch" : "") + "), ";
        if (now == before) {
            return previous + "số đảng viên được kết nạp bằng năm trước.";
        }
        long diff = Math.abs(now - before);
        return previous + "số đảng viên được kết nạp " + (now > before ? "tăng " : "giảm ") + n(diff) + " đảng viên ("
                + (now > before ? "+" : "-") + VietnameseFormat.percent(diff, before) + ").";
    }

    /** "Từ đầu nhiệm kỳ 2020–2025 đến hết năm 2024 đã kết nạp 21/18 đảng viên, đạt 116,7% chỉ tiêu nhiệm kỳ."; null without a term target. */
    public static String termProgress(AdmissionResults r) {
        TermProgress t = r.term();
        if (t == null) {
            return null;
        }
        String head = "Từ đầu nhiệm kỳ " + t.fromYear() + "–" + t.toYear() + " đến hết năm " + r.year() + " ";
        if (t.target() == 0) {
            return head + "đã kết nạp " + n(t.admittedToDate()) + " đảng viên (chỉ tiêu nhiệm kỳ bằng 0, không tính tỷ lệ).";
        }
        return head + "đã kết nạp " + n(t.admittedToDate()) + "/" + n(t.target()) + " đảng viên, đạt "
                + VietnameseFormat.percent(t.admittedToDate(), t.target()) + " chỉ tiêu nhiệm kỳ.";
    }

    /** A sentence with the main structure figures, or null when nobody was admitted. */
    public static String structureSentence(Breakdown b) {
        if (b.admitted() == 0) {
            return null;
        }
        return "Trong số đảng viên mới kết nạp có " + n(b.women()) + " đảng viên nữ (" + share(b, b.women()) + "), "
                + n(b.minorities()) + " đảng viên là người dân tộc thiểu số (" + share(b, b.minorities()) + "), "
                + n(b.aged18To30()) + " đảng viên đủ 18 đến 30 tuổi (" + share(b, b.aged18To30()) + "), "
                + n(b.pupilsStudents()) + " học sinh, sinh viên (" + share(b, b.pupilsStudents()) + ") và "
                + n(b.privateEconomicUnits()) + " người làm việc trong đơn vị kinh tế tư nhân ("
                + share(b, b.privateEconomicUnits()) + ").";
    }

    /** The breakdown table: header, then each category with its count and share. */
    public static List<Line> breakdownTable(Breakdown b) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("BH", "STT", "Nội dung", "Số lượng", "Tỷ lệ", null, null, null));
        l.add(row(b, "1", "Tổng số đảng viên được kết nạp", b.admitted(), true));
        l.add(row(b, "2", "Nữ", b.women(), false));
        l.add(row(b, "3", "Người dân tộc thiểu số", b.minorities(), false));
        l.add(row(b, "4", "Người có đạo (có tôn giáo)", b.withReligion(), false));
        l.add(row(b, "5", "Đoàn viên Đoàn TNCS Hồ Chí Minh", b.youthUnionMembers(), false));
        l.add(row(b, "6", "Đủ 18 đến 30 tuổi", b.aged18To30(), false));
        l.add(row(b, "7", "Học sinh, sinh viên", b.pupilsStudents(), false));
        l.add(row(b, "8", "Người làm việc trong đơn vị kinh tế tư nhân", b.privateEconomicUnits(), false));
        l.add(section("9", "Trình độ giáo dục phổ thông"));
        for (GeneralEducation e : List.of(GeneralEducation.UPPER_SECONDARY, GeneralEducation.LOWER_SECONDARY,
                GeneralEducation.PRIMARY)) {
            l.add(sub(b, e.label(), b.generalEducation().get(e)));
        }
        l.add(section("10", "Trình độ chuyên môn nghiệp vụ"));
        var q = b.professionalQualification();
        l.add(sub(b, "Tiến sĩ", q.get(ProfessionalQualification.DOCTOR)));
        l.add(sub(b, "Thạc sĩ", q.get(ProfessionalQualification.MASTER)));
        l.add(sub(b, "Đại học", q.get(ProfessionalQualification.UNIVERSITY)));
        l.add(sub(b, "Cao đẳng", q.get(ProfessionalQualification.COLLEGE)));
        l.add(sub(b, "Trung cấp và sơ cấp", b.intermediateAndElementary()));
        l.add(new Line("B3", null, "trong đó: trung cấp " + n(q.get(ProfessionalQualification.INTERMEDIATE))
                + ", sơ cấp " + n(q.get(ProfessionalQualification.ELEMENTARY)), null, null, null, null, null));
        l.add(sub(b, "Chưa qua đào tạo", q.get(ProfessionalQualification.NONE)));
        l.add(section("11", "Trình độ lý luận chính trị"));
        var t = b.politicalTheory();
        for (PoliticalTheory p : List.of(PoliticalTheory.BACHELOR, PoliticalTheory.ADVANCED, PoliticalTheory.INTERMEDIATE,
                PoliticalTheory.ELEMENTARY, PoliticalTheory.NONE)) {
            l.add(sub(b, p.label(), t.get(p)));
        }
        return l;
    }

    /** The units table: header, one row per unit (with marks), the totals row. */
    public static List<Line> unitsTable(AdmissionResults r) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("UH", "STT", "Đơn vị", "Chỉ tiêu", "Kết nạp", "Tỷ lệ", "Nữ", "Dân tộc thiểu số"));
        int i = 0;
        for (UnitRow u : r.units()) {
            l.add(new Line("U", Integer.toString(++i), u.unit().name(),
                    u.target() == null ? DASH : n(u.target()), n(u.admitted()), ratioCell(u.target(), u.admitted()),
                    n(u.women()), n(u.minorities())));
        }
        if (r.directAdmitted() > 0) {
            long women = r.breakdown().women() - r.units().stream().mapToLong(UnitRow::women).sum();
            long minorities = r.breakdown().minorities() - r.units().stream().mapToLong(UnitRow::minorities).sum();
            l.add(new Line("U", Integer.toString(++i), "Kết nạp trực tiếp tại " + r.organization().name(), DASH,
                    n(r.directAdmitted()), DASH, n(women), n(minorities)));
        }
        Integer sum = r.unitTargetSum();
        Breakdown b = r.breakdown();
        l.add(new Line("UT", null, "Tổng cộng", sum == null ? DASH : n(sum), n(b.admitted()),
                sum == null ? NO_TARGET : ratioCell(sum, b.admitted()), n(b.women()), n(b.minorities())));
        return l;
    }

    /** The whole body of the report, in order. */
    public static List<Line> body(AdmissionResults r) {
        List<Line> l = new ArrayList<>();
        l.add(Line.paragraph("Căn cứ số liệu kết nạp đảng viên năm " + r.year() + " của các tổ chức đảng trực thuộc, "
                + "báo cáo kết quả công tác phát triển đảng viên năm " + r.year() + " của " + r.organization().name()
                + " như sau:"));
        l.add(Line.heading("1. Kết quả chung"));
        l.add(Line.paragraph(headline(r) + "."));
        l.add(Line.paragraph(comparison(r)));
        String term = termProgress(r);
        if (term != null) {
            l.add(Line.paragraph(term));
        }
        l.add(Line.heading("2. Cơ cấu đảng viên mới kết nạp"));
        String structure = structureSentence(r.breakdown());
        if (structure != null) {
            l.add(Line.paragraph(structure));
        }
        l.addAll(breakdownTable(r.breakdown()));
        if (!r.units().isEmpty()) {
            l.add(Line.heading("3. Kết quả của các đơn vị trực thuộc"));
            l.add(Line.paragraph("Tỷ lệ là số đảng viên kết nạp so với chỉ tiêu đơn vị đã đăng ký năm " + r.year() + "."));
            l.addAll(unitsTable(r));
            String top = topUnitsSentence(r.units(), 3);
            if (top != null) {
                l.add(Line.paragraph(top));
            }
            String marks = marksSentence(r.units());
            if (marks != null) {
                l.add(Line.paragraph(marks));
            }
        }
        return l;
    }

    private static Line row(Breakdown b, String no, String label, long count, boolean bold) {
        return new Line(bold ? "BB" : "B", no, label, n(count), share(b, count), null, null, null);
    }

    private static Line section(String no, String label) {
        return new Line("BS", no, label, null, null, null, null, null);
    }

    private static Line sub(Breakdown b, String label, long count) {
        return new Line("B2", null, "- " + label, n(count), share(b, count), null, null, null);
    }

    /** The share of the admitted count: "48,1%", or a dash when nobody was admitted. */
    static String share(Breakdown b, long count) {
        BigDecimal s = b.share(count);
        return s == null ? DASH : VietnameseFormat.percent(s);
    }

    private static String n(long v) {
        return VietnameseFormat.integer(v);
    }
}
