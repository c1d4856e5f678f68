package vn.ptdv.training.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.api.IssuerDetails;
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

/** Made-up training data for the unit tests of the wording and the templates (not the demo data). */
final class TrainingSamples {

    private TrainingSamples() {
    }

    static Guide guide() {
        return new Guide("146-HD/BTGTU", "TỈNH ỦY LÀO CAI", List.of("BAN TUYÊN GIÁO"), "Lào Cai", LocalDate.of(2024, 1, 24),
                "Chương trình bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú trong đơn vị kinh tế tư nhân và học sinh, sinh viên",
                CourseType.AWARENESS,
                List.of(new Section("Mục đích, yêu cầu", "Trang bị cho quần chúng ưu tú những hiểu biết cơ bản về Đảng.\n"
                        + "Bảo đảm thời lượng, nội dung phù hợp với từng đối tượng.")),
                List.of(new Topic(1, "Khái quát lịch sử Đảng Cộng sản Việt Nam", "Bài giảng", 5),
                        new Topic(2, "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", "Bài giảng", 5),
                        new Topic(3, "Nội dung cơ bản của Điều lệ Đảng", "Bài giảng", 5),
                        new Topic(4, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Thảo luận", 5),
                        new Topic(5, "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam", "Bài giảng", 5),
                        new Topic(6, "Lịch sử Đảng bộ tỉnh Lào Cai", "Tham quan thực tế", 5)),
                List.of(new Section("Kiểm tra, đánh giá và cấp giấy chứng nhận",
                                "Học viên viết bài thu hoạch; xếp loại giỏi, khá, trung bình, không đạt.\n"
                                        + "Học viên đạt yêu cầu được cấp giấy chứng nhận theo Mẫu CN-NTVĐ."),
                        new Section("Tổ chức thực hiện", "Trung tâm chính trị các huyện, thị xã, thành phố tổ chức lớp.")),
                "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Hùng",
                List.of("Ban Tuyên giáo Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng Ban"));
    }

    static ClassInfo awarenessClass() {
        return new ClassInfo(7, "01/2024", CourseType.AWARENESS, Audience.PUPILS_STUDENTS, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8),
                "LC-BT", "00000001/00000008/", "Trung tâm Chính trị huyện Bảo Thắng", "Trường THPT số 1 Bảo Thắng", 10, "146-HD/BTGTU");
    }

    static ClassIssuer centre(String director) {
        return ClassIssuer.of("Trung tâm Chính trị huyện Bảo Thắng", new IssuerDetails("LC-BT", "ĐẢNG BỘ TỈNH LÀO CAI",
                List.of("HUYỆN ỦY BẢO THẮNG"), "HU", "Bảo Thắng", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", null, List.of(), true))
                .withSigner(director);
    }

    static List<Learner> learners() {
        return List.of(
                new Learner("Vũ Thị Ánh", LocalDate.of(2006, 5, 2), "Chi bộ Trường THPT số 1 Bảo Thắng", 10,
                        new BigDecimal("8.5"), Grade.KHA, "NTVĐ-BT-2024-0015", LocalDate.of(2024, 3, 15)),
                new Learner("Nguyễn Văn Bình", LocalDate.of(2006, 11, 20), "Chi bộ Trường THPT số 1 Bảo Thắng", 10,
                        new BigDecimal("9"), Grade.GIOI, "NTVĐ-BT-2024-0016", LocalDate.of(2024, 3, 15)),
                new Learner("Lò Văn Ăn", LocalDate.of(2006, 1, 9), "Chi bộ Trường THPT số 1 Bảo Thắng", 9,
                        new BigDecimal("7.25"), Grade.KHA, "NTVĐ-BT-2024-0014", LocalDate.of(2024, 3, 15)),
                new Learner("Đỗ Thị Đào", LocalDate.of(2006, 7, 30), "Chi bộ Trường THPT số 1 Bảo Thắng", 6,
                        new BigDecimal("4"), Grade.KHONG_DAT, null, null),
                new Learner("Cư Seo Mười", LocalDate.of(2005, 9, 3), "Chi bộ thôn Ải Nam", 10,
                        new BigDecimal("6.5"), Grade.TRUNG_BINH, "NTVĐ-BT-2024-0017", LocalDate.of(2024, 3, 15)));
    }

    static Summary summary() {
        return new Summary("Đảng bộ tỉnh Lào Cai", 2024,
                List.of(new Figures(CourseType.AWARENESS.label(), 12, 480, 120, 300, 50, 10),
                        new Figures(CourseType.NEW_MEMBER.label(), 9, 300, 100, 180, 20, 0)),
                List.of(new Figures("Học sinh, sinh viên", 4, 160, 60, 90, 8, 2),
                        new Figures("Người lao động trong đơn vị kinh tế tư nhân", 5, 180, 40, 120, 15, 5),
                        new Figures("Quần chúng ưu tú ở cơ sở", 12, 440, 120, 270, 47, 3)),
                List.of(new Figures("Trung tâm Chính trị huyện Bảo Thắng", 6, 240, 70, 150, 18, 2),
                        new Figures("Trung tâm Chính trị huyện Văn Bàn", 15, 540, 150, 330, 52, 8)));
    }
}
