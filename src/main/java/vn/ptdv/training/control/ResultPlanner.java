package vn.ptdv.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.api.TrainingRegistry.LearnerResult;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.Learner;

/**
 * Ghi kết quả học tập, planned: checks the results of one class against its learners and sessions and says what to
 * write, without writing (the caller writes all classes of an import or none). The grade of a score comes from the
 * configured scale.
 */
final class ResultPlanner {

    /** Receives an error of the i-th result; field null: the row as a whole (the learner it names). */
    @FunctionalInterface
    interface Errors {
        void add(int index, String field, String message);
    }

    /** What to write for one learner: the result when {@code setResult}, the absences when not null (replacing them). */
    record Planned(Learner learner, boolean setResult, Graded graded, List<ClassSession> absences) {
    }

    /** A checked score (one decimal) and its grade. */
    record Graded(BigDecimal score, Grade grade) {
    }

    private final GradeScale scale;

    ResultPlanner(GradeScale scale) {
        this.scale = scale;
    }

    /**
     * The plan of these results for a class with these learners and sessions: a row names a learner of the class (by
     * number, or by name and birth date), once; its score and grade agree; its absences fall on session dates.
     */
    List<Planned> plan(List<Learner> learners, List<ClassSession> sessions, List<LearnerResult> results, Errors errors) {
        Map<Long, Learner> byId = new HashMap<>();
        Map<String, List<Learner>> byPerson = new HashMap<>();
        learners.forEach(l -> {
            byId.put(l.getId(), l);
            byPerson.computeIfAbsent(EnrolmentRules.person(l.getNameFolded(), l.getBirthDate()), k -> new ArrayList<>()).add(l);
        });
        Map<LocalDate, List<ClassSession>> sessionsByDate = new HashMap<>();
        sessions.forEach(s -> sessionsByDate.computeIfAbsent(s.getSessionDate(), k -> new ArrayList<>()).add(s));
        List<Planned> plan = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            LearnerResult r = results.get(i);
            Learner l = r.learnerId() != null ? byId.get(r.learnerId()) : single(byPerson.get(
                    EnrolmentRules.person(VietnameseText.fold(VietnameseText.clean(r.fullName())), r.birthDate())));
            if (l == null) {
                errors.add(i, null, "Không có học viên " + (r.learnerId() != null ? "số " + r.learnerId()
                        : Objects.toString(r.fullName(), "") + " (" + (r.birthDate() == null ? "?" : VietnameseFormat.date(r.birthDate())) + ")")
                        + " trong lớp: chỉ ghi kết quả cho học viên đã có tên trong lớp.");
                continue;
            }
            // found by number: a name or birth date given with it must be the learner's (a row pasted under the wrong number)
            boolean otherName = r.learnerId() != null && r.fullName() != null
                    && !VietnameseText.fold(VietnameseText.clean(r.fullName())).equals(l.getNameFolded());
            boolean otherBirth = r.learnerId() != null && r.birthDate() != null && !r.birthDate().equals(l.getBirthDate());
            if (otherName || otherBirth) {
                errors.add(i, otherName ? "fullName" : "birthDate", "Học viên số " + l.getId() + " của lớp là "
                        + l.getFullName() + " (" + VietnameseFormat.date(l.getBirthDate())
                        + "): họ tên hoặc ngày sinh của dòng không khớp.");
                continue;
            }
            Integer first = seen.putIfAbsent(l.getId(), i);
            if (first != null) {
                errors.add(i, null, "Học viên " + l.getFullName() + " có hai dòng kết quả.");
                continue;
            }
            boolean ok = true;
            Graded graded = null;
            if (r.score() != null || r.grade() != null) {
                try {
                    graded = graded(l, r.score(), r.grade(), "");
                } catch (ProblemException e) {
                    int index = i;
                    e.errors().forEach((field, message) -> errors.add(index, field, message));
                    ok = false;
                }
            }
            List<ClassSession> missed = null;
            if (r.absentOn() != null) {
                missed = new ArrayList<>();
                for (LocalDate d : r.absentOn()) {
                    List<ClassSession> on = d == null ? null : sessionsByDate.get(d);
                    if (on == null) {
                        errors.add(i, "absentOn", "Lớp không có buổi học ngày " + (d == null ? "?" : VietnameseFormat.date(d)) + ".");
                        ok = false;
                    } else {
                        missed.addAll(on);
                    }
                }
            }
            if (ok) {
                plan.add(new Planned(l, graded != null, graded, missed));
            }
        }
        return plan;
    }

    /**
     * Checks a result of a learner without setting it: a score (graded by the scale; a grade given with it must agree)
     * or a grade alone; no failing grade after a certificate. Errors as a problem with fields {@code f}score and
     * {@code f}grade.
     */
    Graded graded(Learner l, BigDecimal score, Grade given, String f) {
        Violations v = new Violations();
        if (score != null && !GradeScale.validScore(score)) {
            v.add(f + "score", "Điểm phải từ 0 đến 10, tối đa một chữ số thập phân.");
        }
        v.throwIfAny();
        Grade grade = score == null ? given : scale.grade(score);
        if (score != null && given != null && given != grade) {
            v.add(f + "grade", "Điểm " + score.toPlainString().replace('.', ',') + " tương ứng xếp loại " + grade.label()
                    + ", không phải " + given.label() + ".");
        }
        if (l.getCertificateNumber() != null && grade != null && !grade.passed()) {
            v.add(f + "grade", "Học viên đã được cấp giấy chứng nhận số " + l.getCertificateNumber()
                    + ": không thể ghi kết quả Không đạt.");
        }
        v.throwIfAny();
        return new Graded(score == null ? null : score.setScale(1, RoundingMode.UNNECESSARY), grade);
    }

    private static Learner single(List<Learner> found) {
        return found == null || found.size() != 1 ? null : found.get(0);
    }
}
