package vn.ptdv.admission.control;

import java.time.LocalDate;
import vn.ptdv.reporting.api.RowStream;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Align;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.reporting.api.Table.Row;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The table of the named list of admissions: its columns (9 pt, ten columns across the A4 width) and its rows, a
 * heading per grassroots committee, one row per admitted member, the committee's subtotal, the total.
 */
final class AdmissionListRows {

    private AdmissionListRows() {
    }

    /** The list's table, its rows read from {@code rows} while the document is filled. */
    static Table table(RowStream rows) {
        return Table.of(Column.integer("STT", 22).centered(), Column.text("Họ và tên", 88),
                        Column.date("Ngày sinh", 48), Column.text("Giới tính", 28).centered(), Column.text("Dân tộc", 38),
                        Column.text("Tôn giáo", 38), Column.text("Trình độ", 52), Column.text("Đơn vị (chi bộ)", 62),
                        Column.date("Ngày kết nạp", 48), Column.text("Số quyết định", 43))
                .fontSize(9).streamed(rows);
    }

    static Row heading(String groupName) {
        return Row.span(groupName, Align.LEFT);
    }

    static Row member(long no, String name, LocalDate birthDate, String gender, String ethnicity, String religion,
                      String education, String unit, LocalDate decisionDate, String decisionNumber) {
        return Row.of(no, name, birthDate, gender, ethnicity, religion, education, unit, decisionDate, decisionNumber);
    }

    static Row subtotal(String label, long count) {
        return Row.span(label + ": " + VietnameseFormat.integer(count) + " đảng viên", Align.RIGHT);
    }

    static Row total(long count) {
        return Row.span("Tổng cộng: " + VietnameseFormat.integer(count) + " đảng viên", Align.RIGHT);
    }
}
