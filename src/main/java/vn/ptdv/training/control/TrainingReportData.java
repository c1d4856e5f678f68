package vn.ptdv.training.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;

/**
 * What the four training reports print, as {@link TrainingReportQueries} reads it: plain values, no entities, so the
 * wording ({@link TrainingReportText}) is tested without a database.
 */
public final class TrainingReportData {

    private TrainingReportData() {
    }

    /** Một chuyên đề of a guide's programme: its order, title, hình thức and số tiết. */
    public record Topic(int order, String title, String form, int periods) {
    }

    /** A titled part of the guide's text (mục đích yêu cầu, tổ chức thực hiện…); its text may hold several paragraphs. */
    public record Section(String heading, String text) {
    }

    /**
     * A course guide (hướng dẫn) with its issuer's thể thức.
     *
     * @param number         "146-HD/BTGTU"
     * @param superiorIssuer "TỈNH ỦY LÀO CAI"
     * @param issuer         "BAN TUYÊN GIÁO", one line per element
     * @param issuedOn       ngày ban hành
     * @param title          trích yếu
     * @param sections       the text before the programme table (purpose, audience…)
     * @param closing        the text after it (assessment, certificates, organisation, responsibilities)
     */
    public record Guide(String number, String superiorIssuer, List<String> issuer, String place, LocalDate issuedOn,
                        String title, CourseType courseType, List<Section> sections, List<Topic> topics,
                        List<Section> closing, String signatureAuthority, String signerPosition, String signerName,
                        List<String> recipients) {
    }

    /**
     * A class (lớp) as its reports print it.
     *
     * @param name           the course as printed: "Khóa 01/2024"
     * @param organizerCode  the organisation whose political centre runs the class ("LC-BT")
     * @param organizerPath  that organisation's materialised path, for the caller's scope
     * @param centreName     "Trung tâm Chính trị huyện Bảo Thắng"
     * @param place          where the class met
     * @param sessions       tổng số buổi học
     */
    public record ClassInfo(long id, String name, CourseType courseType, Audience audience,
                            LocalDate startDate, LocalDate endDate, String organizerCode, String organizerPath,
                            String centreName, String place, int sessions, String guideNumber) {
    }

    /** Một học viên of a class with the result; score, grade and certificate may be missing. */
    public record Learner(String fullName, LocalDate birthDate, String nominatingUnit, int sessionsPresent,
                          BigDecimal score, Grade grade, String certificateNumber, LocalDate certificateDate) {
    }

    /** The aggregate figures of one group of classes (a course type, an audience, an organiser). */
    public record Figures(String label, long classes, long learners, long excellent, long good, long average,
                          long failed) {

        /** Số đạt: giỏi, khá and trung bình. */
        public long passed() {
            return excellent + good + average;
        }

        Figures plus(Figures other, String newLabel) {
            return new Figures(newLabel, classes + other.classes, learners + other.learners,
                    excellent + other.excellent, good + other.good, average + other.average, failed + other.failed);
        }
    }

    /** The training summary of an organisation's subtree for one year. */
    public record Summary(String organizationName, int year, List<Figures> byCourseType, List<Figures> byAudience,
                          List<Figures> byOrganizer) {
    }
}
