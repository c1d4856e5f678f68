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
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Cell;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * The words and tables of the admission-results report: sentences formatted in Java (vi-VN: 2.287; 113,1%) so that
 * they are tested here, tables with typed columns that the document kit formats the same way. Ratios are rounded half-up to one decimal; nothing is ever
 * divided by zero: a unit without a target or without admissions gets a mark instead of a ratio.
 */
public final class AdmissionResultsText {

    /** Marks of the units table. */
    public static final String NO_TARGET = "chưa đăng ký chỉ tiêu";
    public static final String NONE_ADMITTED = "chưa kết nạp";
    public static final String ZERO_TARGET = "chỉ tiêu bằng 0";
    /** Printed where a number does not apply. */
    public static final String DASH = Table.DASH;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AdmissionResultsText() {
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

    /** The comparison with the previous year, and the predecessors it sums when they are other units. */
    public static String comparison(AdmissionResults r) {
        String figures = previousFigures(r);
        if (r.previousSameUnit()) {
            return figures;
        }
        return figures + " Số liệu năm " + (r.year() - 1) + " là tổng của các tổ chức tiền thân theo cơ cấu khi đó (chỉ "
                + "tính các đơn vị nay thuộc " + r.organization().name() + "): " + r.previousBaseline().stream()
                .map(o -> o.name() + " (" + o.code() + ")").collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    /**
     * "Số liệu năm 2025 gồm cả số kết nạp từ 01/01/2025 đến 30/06/2025 của các tổ chức tiền thân: …" for an organisation
     * formed during the year; null when its own record covers the year.
     */
    public static String yearBaselineNote(AdmissionResults r) {
        if (r.yearBaseline().isEmpty()) {
            return null;
        }
        return r.organization().name() + " được thành lập từ ngày " + VietnameseFormat.date(r.organization().validFrom())
                + "; số liệu năm " + r.year() + " gồm cả số kết nạp trong năm trước ngày đó của các tổ chức tiền thân "
                + "(chỉ tính các đơn vị nay thuộc " + r.organization().name() + "): " + r.yearBaseline().stream()
                .map(o -> o.name() + " (" + o.code() + ")").collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    private static String previousFigures(AdmissionResults r) {
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
        // "(tăng 6,4%)", not "(+6,4%)": a line may break inside "+6,4%" (after "+6,"), never inside "6,4%"
        String change = now > before ? "tăng " : "giảm ";
        return previous + "số đảng viên được kết nạp " + change + n(diff) + " đảng viên (" + change
                + VietnameseFormat.percent(diff, before) + ").";
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

    /** The breakdown table: each category with its count and share of the admitted. */
    public static Table breakdownTable(Breakdown b) {
        Table.Builder t = Table.of(Column.integer("STT", 30).centered(), Column.text("Nội dung", 257),
                Column.integer("Số lượng", 90), Column.percent("Tỷ lệ", 90));
        t.bold(1, "Tổng số đảng viên được kết nạp", b.admitted(), percent(b, b.admitted()));
        t.row(2, "Nữ", b.women(), percent(b, b.women()));
        t.row(3, "Người dân tộc thiểu số", b.minorities(), percent(b, b.minorities()));
        t.row(4, "Người có đạo (có tôn giáo)", b.withReligion(), percent(b, b.withReligion()));
        t.row(5, "Đoàn viên Đoàn TNCS Hồ Chí Minh", b.youthUnionMembers(), percent(b, b.youthUnionMembers()));
        t.row(6, "Đủ 18 đến 30 tuổi", b.aged18To30(), percent(b, b.aged18To30()));
        t.row(7, "Học sinh, sinh viên", b.pupilsStudents(), percent(b, b.pupilsStudents()));
        t.row(8, "Người làm việc trong đơn vị kinh tế tư nhân", b.privateEconomicUnits(),
                percent(b, b.privateEconomicUnits()));
        t.row(9, Cell.bold("Trình độ giáo dục phổ thông"));
        for (GeneralEducation e : List.of(GeneralEducation.UPPER_SECONDARY, GeneralEducation.LOWER_SECONDARY,
                GeneralEducation.PRIMARY)) {
            sub(t, b, e.label(), b.generalEducation().get(e));
        }
        t.row(10, Cell.bold("Trình độ chuyên môn nghiệp vụ"));
        var q = b.professionalQualification();
        sub(t, b, "Tiến sĩ", q.get(ProfessionalQualification.DOCTOR));
        sub(t, b, "Thạc sĩ", q.get(ProfessionalQualification.MASTER));
        sub(t, b, "Đại học", q.get(ProfessionalQualification.UNIVERSITY));
        sub(t, b, "Cao đẳng", q.get(ProfessionalQualification.COLLEGE));
        sub(t, b, "Trung cấp và sơ cấp", b.intermediateAndElementary());
        t.indented(null, Cell.italic("trong đó: trung cấp " + n(q.get(ProfessionalQualification.INTERMEDIATE))
                + ", sơ cấp " + n(q.get(ProfessionalQualification.ELEMENTARY))));
        sub(t, b, "Chưa qua đào tạo", q.get(ProfessionalQualification.NONE));
        t.row(11, Cell.bold("Trình độ lý luận chính trị"));
        var p = b.politicalTheory();
        for (PoliticalTheory theory : List.of(PoliticalTheory.BACHELOR, PoliticalTheory.ADVANCED,
                PoliticalTheory.INTERMEDIATE, PoliticalTheory.ELEMENTARY, PoliticalTheory.NONE)) {
            sub(t, b, theory.label(), p.get(theory));
        }
        return t.build();
    }

    /** The units table: one row per unit (with marks), then the totals row. */
    public static Table unitsTable(AdmissionResults r) {
        Table.Builder t = Table.of(Column.integer("STT", 30).centered(), Column.text("Đơn vị", 147),
                Column.integer("Chỉ tiêu", 55), Column.integer("Kết nạp", 55), Column.percent("Tỷ lệ", 70),
                Column.integer("Nữ", 50), Column.integer("Dân tộc thiểu số", 60));
        int i = 0;
        for (UnitRow u : r.units()) {
            t.row(++i, u.unit().name(), u.target() == null ? DASH : u.target(), u.admitted(),
                    ratioCell(u.target(), u.admitted()), u.women(), u.minorities());
        }
        if (r.directAdmitted() > 0) {
            long women = r.breakdown().women() - r.units().stream().mapToLong(UnitRow::women).sum();
            long minorities = r.breakdown().minorities() - r.units().stream().mapToLong(UnitRow::minorities).sum();
            t.row(++i, "Kết nạp trực tiếp tại " + r.organization().name(), DASH, r.directAdmitted(), DASH, women,
                    minorities);
        }
        Integer sum = r.unitTargetSum();
        Breakdown b = r.breakdown();
        t.total(null, "Tổng cộng", sum == null ? DASH : sum, b.admitted(),
                sum == null ? NO_TARGET : ratioCell(sum, b.admitted()), b.women(), b.minorities());
        return t.build();
    }

    /** The year's decisions at the end of probation: recognised, removed, recognised after a late consideration. */
    public record Recognitions(long recognised, long removed, long late) {
    }

    /** The whole body of the report, in order, without the recognitions. */
    public static DocumentBody body(AdmissionResults r) {
        return body(r, null);
    }

    /** "Trong năm 2024, công nhận đảng viên chính thức 2.105 đồng chí (…); xóa tên 58 đồng chí." */
    static String recognitionSentence(int year, Recognitions c) {
        if (c.recognised() == 0 && c.removed() == 0) {
            return "Trong năm " + year + " chưa có quyết định công nhận đảng viên chính thức hoặc xóa tên đảng viên dự bị.";
        }
        return "Trong năm " + year + ", công nhận đảng viên chính thức " + n(c.recognised()) + " đồng chí"
                + (c.late() > 0 ? " (trong đó " + n(c.late()) + " đồng chí chi bộ xét sau thời hạn 30 ngày làm việc, có "
                + "văn bản giải trình)" : "") + "; xóa tên " + n(c.removed()) + " đồng chí đảng viên dự bị không đủ tư cách.";
    }

    /** The whole body of the report, in order; {@code recognitions} (when not null) is the last section. */
    public static DocumentBody body(AdmissionResults r, Recognitions recognitions) {
        DocumentBody.Builder d = DocumentBody.builder()
                .paragraph("Căn cứ số liệu kết nạp đảng viên năm " + r.year() + " của các tổ chức đảng trực thuộc, "
                        + "báo cáo kết quả công tác phát triển đảng viên năm " + r.year() + " của "
                        + r.organization().name() + " như sau:")
                .heading("1. Kết quả chung")
                .paragraph(headline(r) + ".")
                .paragraph(yearBaselineNote(r))
                .paragraph(comparison(r))
                .paragraph(termProgress(r))
                .heading("2. Cơ cấu đảng viên mới kết nạp")
                .paragraph(structureSentence(r.breakdown()))
                .table(breakdownTable(r.breakdown()));
        if (!r.units().isEmpty()) {
            d.heading("3. Kết quả của các đơn vị trực thuộc")
                    .paragraph("Tỷ lệ là số đảng viên kết nạp so với chỉ tiêu đơn vị đã đăng ký năm " + r.year() + ".")
                    .table(unitsTable(r))
                    .paragraph(topUnitsSentence(r.units(), 3))
                    .paragraph(marksSentence(r.units()));
        }
        if (recognitions != null) {
            d.heading((r.units().isEmpty() ? "3" : "4") + ". Công nhận đảng viên chính thức")
                    .paragraph(recognitionSentence(r.year(), recognitions));
        }
        return d.build();
    }

    /** A sub-item "- Đại học" of a section, indented, with its count and share. */
    private static void sub(Table.Builder t, Breakdown b, String label, long count) {
        t.indented(null, "- " + label, count, percent(b, count));
    }

    /** The share of the admitted count for a percentage cell, or a dash when nobody was admitted. */
    private static Object percent(Breakdown b, long count) {
        BigDecimal s = b.share(count);
        return s == null ? DASH : s;
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
