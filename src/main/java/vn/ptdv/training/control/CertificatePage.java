package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Learner;

/**
 * Một trang giấy chứng nhận (template {@code training/certificate}, one page per row), every line formatted here.
 * The awareness course's certificate follows Mẫu CN-NTVĐ; the new-member course's names its own programme.
 *
 * @param formCode      "Mẫu CN-NTVĐ", or null for a certificate without a national form code
 * @param superiorBody  "HUYỆN ỦY BẢO THẮNG" (upright capitals, top left)
 * @param issuingBody   "TRUNG TÂM CHÍNH TRỊ" (bold capitals under it; lines joined by line breaks)
 * @param subtitle      "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG"
 * @param certifier     "GIÁM ĐỐC TRUNG TÂM CHÍNH TRỊ HUYỆN BẢO THẮNG" (who certifies, above the name)
 * @param numberLine    "Số: 2024/BT-01-05"
 * @param placeAndDate  "Bảo Thắng, ngày 08 tháng 3 năm 2024"
 * @param signerPosition "GIÁM ĐỐC", or authority and position on two lines ("T/M ĐẢNG ỦY\nBÍ THƯ")
 */
public record CertificatePage(String formCode, String superiorBody, String issuingBody, String subtitle,
                              String certifier, String fullName, String birthLine, String unitLine, String completedLine,
                              String courseLine, String gradeLine, String numberLine, String placeAndDate,
                              String signerPosition, String signerName) {

    /** The form code of the awareness course's certificate (Hướng dẫn 12-HD/BTCTW). */
    public static final String AWARENESS_FORM = "Mẫu CN-NTVĐ";

    /** The pages of a class: one per learner who passed and holds a certificate number, in list order. */
    public static List<CertificatePage> of(ClassInfo c, List<Learner> learners, ClassIssuer issuer) {
        Comparator<Learner> order = TrainingReportText.learnerOrder();
        return learners.stream()
                .filter(x -> x.grade() != null && x.grade().passed() && x.certificateNumber() != null)
                .sorted(order).map(x -> page(c, x, issuer)).toList();
    }

    static CertificatePage page(ClassInfo c, Learner x, ClassIssuer issuer) {
        boolean awareness = c.courseType() == CourseType.AWARENESS;
        LocalDate date = x.certificateDate() != null ? x.certificateDate() : c.endDate();
        return new CertificatePage(awareness ? AWARENESS_FORM : null, issuer.superiorBody(),
                String.join("\n", issuer.issuingBody()),
                awareness ? "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG"
                        : "HOÀN THÀNH CHƯƠNG TRÌNH BỒI DƯỠNG LÝ LUẬN CHÍNH TRỊ DÀNH CHO ĐẢNG VIÊN MỚI",
                issuer.certifier(), x.fullName(), VietnameseFormat.date(x.birthDate()), x.nominatingUnit(),
                awareness ? "Đã hoàn thành chương trình lớp bồi dưỡng nhận thức về Đảng"
                        : "Đã hoàn thành chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới",
                TrainingReportText.course(c.name()) + ", " + TrainingReportText.period(c), x.grade().label(),
                "Số: " + x.certificateNumber(),
                issuer.place() == null ? "N" + VietnameseFormat.placeAndDate("", date).substring(3)
                        : VietnameseFormat.placeAndDate(issuer.place(), date),
                issuer.authority() == null ? issuer.position() : issuer.authority() + "\n" + issuer.position(),
                issuer.signerName());
    }
}
