package vn.ptdv.training.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.training.api.ClassStatus;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;

/**
 * The rules of classes, learners, results and certificates, as pure functions (unit-tested without a container).
 * Each answers the Vietnamese reason of a refusal, or empty when the change is allowed.
 */
public final class TrainingRules {

    private TrainingRules() {
    }

    /**
     * Another enrolment of the same person (same folded name and birth date) in a class of the same course type;
     * {@code orgPath} is the class's organisation path.
     */
    public record Enrolment(long classId, String courseNumber, CourseType courseType, LocalDate start, LocalDate end,
                            Grade grade, String orgPath) {
    }

    /**
     * Một người học hai lớp: refused when the person is already enrolled in a class of the same course type whose
     * dates overlap the new class's (the same class included); taking the course again after failing it (or later,
     * e.g. after a certificate expired) is allowed.
     */
    public static Optional<String> secondEnrolment(CourseType type, LocalDate start, LocalDate end, List<Enrolment> others) {
        for (Enrolment e : others) {
            if (e.courseType() == type && !e.start().isAfter(end) && !e.end().isBefore(start)) {
                return Optional.of("Học viên đã có tên trong lớp " + e.courseNumber() + " (" + VietnameseFormat.date(e.start())
                        + " – " + VietnameseFormat.date(e.end()) + ") cùng loại, trùng thời gian.");
            }
        }
        return Optional.empty();
    }

    /** Class dates: the end not before the start, within one year of it. */
    public static Optional<String> classDates(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return Optional.of("Ngày kết thúc lớp phải không trước ngày khai giảng.");
        }
        if (end.isAfter(start.plusYears(1))) {
            return Optional.of("Một lớp bồi dưỡng kéo dài tối đa một năm.");
        }
        return Optional.empty();
    }

    /** A session (or an absence) must fall within the class dates. */
    public static Optional<String> withinClass(LocalDate date, LocalDate start, LocalDate end) {
        if (date.isBefore(start) || date.isAfter(end)) {
            return Optional.of("Ngày " + VietnameseFormat.date(date) + " nằm ngoài thời gian học của lớp ("
                    + VietnameseFormat.date(start) + " – " + VietnameseFormat.date(end) + ").");
        }
        return Optional.empty();
    }

    /** Changes (learners, sessions, attendance, results, certificates) need an open class. */
    public static Optional<String> open(ClassStatus status) {
        return status == ClassStatus.CLOSED ? Optional.of("Lớp đã kết thúc (đóng), không thể thay đổi.") : Optional.empty();
    }

    /**
     * Cấp giấy chứng nhận: only to a learner who passed, once, on or after the last day of the class; a class with no
     * learners has nothing to certify.
     */
    public static Optional<String> certificate(Grade grade, String existingNumber, LocalDate issuedOn, LocalDate classEnd) {
        if (existingNumber != null) {
            return Optional.of("Học viên đã được cấp giấy chứng nhận số " + existingNumber + ".");
        }
        if (grade == null) {
            return Optional.of("Học viên chưa có kết quả học tập: chưa thể cấp giấy chứng nhận.");
        }
        if (!grade.passed()) {
            return Optional.of("Học viên xếp loại " + grade.label() + ": không được cấp giấy chứng nhận.");
        }
        if (issuedOn.isBefore(classEnd)) {
            return Optional.of("Ngày cấp giấy chứng nhận " + VietnameseFormat.date(issuedOn)
                    + " phải không trước ngày kết thúc lớp " + VietnameseFormat.date(classEnd) + ".");
        }
        return Optional.empty();
    }

    /** Closing a class (bế giảng): refused for a class with no learners (nothing to report or certify). */
    public static Optional<String> close(ClassStatus status, long learners) {
        if (status == ClassStatus.CLOSED) {
            return Optional.of("Lớp đã đóng trước đó.");
        }
        if (learners == 0) {
            return Optional.of("Lớp chưa có học viên nào: không thể bế giảng hay cấp giấy chứng nhận.");
        }
        return Optional.empty();
    }

    /** A new-member course learner must be on probation during the class. */
    public static Optional<String> probationary(boolean active, LocalDate ceremonyOrDecision, LocalDate probationEnd,
                                                LocalDate start, LocalDate end) {
        if (!active) {
            return Optional.of("Hồ sơ kết nạp đã rút.");
        }
        if (ceremonyOrDecision.isAfter(end) || (probationEnd != null && probationEnd.isBefore(start))) {
            return Optional.of("Đảng viên không trong thời gian dự bị khi lớp học diễn ra.");
        }
        return Optional.empty();
    }
}
