package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Learner;
import vn.ptdv.training.entity.CourseType;

/**
 * Một trang giấy chứng nhận (template {@code training/certificate}, one page per row), every line formatted here.
 * The awareness course's certificate follows Mẫu CN-NTVĐ; the new-member course's names its own programme.
 *
 * @param formCode      "Mẫu CN-NTVĐ", or null for a certificate without a national form code
 * @param superiorBody  "HUYỆN ỦY BẢO THẮNG" (upright capitals, top left)
 * @param issuingBody   "TRUNG TÂM CHÍNH TRỊ" (bold capitals under it)
 * @param subtitle      "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG"
 * @param certifier     "GIÁM ĐỐC TRUNG TÂM CHÍNH TRỊ HUYỆN BẢO THẮNG" (who certifies, above the name)
 * @param numberLine    "Số: 2024/BT-01-05"
 * @param placeAndDate  "Bảo Thắng, ngày 08 tháng 3 năm 2024"
 */
public record CertificatePage(String formCode, String superiorBody, String issuingBody, String subtitle,
                              String certifier, String fullName, String birthLine, String unitLine, String completedLine,
                              String courseLine, String gradeLine, String numberLine, String placeAndDate,
                              String signerPosition, String signerName) {

    /** The form code of the awareness course's certificate (Hướng dẫn 12-HD/BTCTW). */
    public static final String AWARENESS_FORM = "Mẫu CN-NTVĐ";

    /**
     * The pages of a class: one per learner who passed and holds a certificate number, in list order.
     *
     * @param superiorBody the committee the centre belongs to, in capitals ("HUYỆN ỦY BẢO THẮNG")
     * @param place        địa danh of the centre ("Bảo Thắng")
     * @param signerName   the centre director's name; null leaves the line blank
     */
    public static List<CertificatePage> of(ClassInfo c, List<Learner> learners, String superiorBody, String place,
                                           String signerName) {
        Comparator<Learner> order = TrainingReportText.learnerOrder();
        return learners.stream()
                .filter(x -> x.grade() != null && x.grade().passed() && x.certificateNumber() != null)
                .sorted(order).map(x -> page(c, x, superiorBody, place, signerName)).toList();
    }

    static CertificatePage page(ClassInfo c, Learner x, String superiorBody, String place, String signerName) {
        boolean awareness = c.courseType() == CourseType.AWARENESS;
        LocalDate date = x.certificateDate() != null ? x.certificateDate() : c.endDate();
        String centre = c.centreName();
        return new CertificatePage(awareness ? AWARENESS_FORM : null, superiorBody, centreOnly(centre),
                awareness ? "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG"
                        : "HOÀN THÀNH CHƯƠNG TRÌNH BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ DÀNH CHO ĐẢNG VIÊN MỚI",
                ("Giám đốc " + centre).toUpperCase(VietnameseText.VI_VN),
                x.fullName(), VietnameseFormat.date(x.birthDate()), x.nominatingUnit(),
                awareness ? "Đã hoàn thành chương trình lớp bồi dưỡng nhận thức về Đảng"
                        : "Đã hoàn thành chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới",
                TrainingReportText.course(c.name()) + ", " + TrainingReportText.period(c), x.grade().label(), "Số: " + x.certificateNumber(),
                place == null ? VietnameseFormat.placeAndDate("", date).substring(2).replaceFirst("^n", "N")
                        : VietnameseFormat.placeAndDate(place, date),
                "GIÁM ĐỐC", signerName);
    }

    /** "Trung tâm Chính trị huyện Bảo Thắng" → "TRUNG TÂM CHÍNH TRỊ": the district stands in the superior body above. */
    static String centreOnly(String centreName) {
        String upper = centreName.toUpperCase(VietnameseText.VI_VN);
        for (String unit : List.of(" HUYỆN ", " THÀNH PHỐ ", " THỊ XÃ ", " QUẬN ", " TỈNH ")) {
            int at = upper.indexOf(unit);
            if (at > 0) {
                return upper.substring(0, at);
            }
        }
        return upper;
    }
}
