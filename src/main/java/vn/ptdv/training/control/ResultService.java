package vn.ptdv.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.training.api.TrainingRegistry.LearnerResult;
import vn.ptdv.training.entity.Absence;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/**
 * Attendance and results of the learners of a class (điểm danh, kết quả học tập): by the API, or from a spreadsheet of
 * one or several classes. An open class of the caller's scope; every row checked before anything is written.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    @Inject
    LearnerRepository learners;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ClassRepository classes;

    @Inject
    ClassAccess classAccess;

    @Inject
    GradeScale scale;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** A learner absent from a session. */
    public record Absent(long learnerId, long sessionId) {
    }

    /** A row of a class-results spreadsheet: the class it names and the learner's attendance and result. */
    public record ClassResultRow(long classId, LearnerResult result) {
    }

    /** Điểm danh: replaces the class's absences with these. */
    public int recordAttendance(long classId, List<Absent> absences) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        Set<Long> inClass = new HashSet<>(learners.ofClass(classId).stream().map(Learner::getId).toList());
        Set<Long> sessions = new HashSet<>(classes.sessionsOf(classId).stream().map(ClassSession::getId).toList());
        Violations v = new Violations();
        Set<Absent> seen = new HashSet<>();
        for (int i = 0; i < absences.size(); i++) {
            Absent a = absences.get(i);
            v.check(inClass.contains(a.learnerId()), "absences[" + i + "].learnerId", "Học viên " + a.learnerId() + " không có trong lớp.");
            v.check(sessions.contains(a.sessionId()), "absences[" + i + "].sessionId", "Buổi học " + a.sessionId() + " không có trong lớp.");
            v.check(seen.add(a), "absences[" + i + "]", "Trùng lặp.");
        }
        v.throwIfAny();
        attendance.clearClass(classId);
        for (Absent a : absences) {
            attendance.add(new Absence(classId, a.learnerId(), a.sessionId()));
        }
        audit.change("TRAINING_ATTENDANCE_RECORDED", "class:" + c.getId(), c.getOrgPath(), null, absences.size() + " absences");
        return absences.size();
    }

    /** Ghi kết quả: see {@link vn.ptdv.training.api.TrainingRegistry#recordResults}. */
    public int recordResults(long classId, List<LearnerResult> results) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        TrainingClass c = classAccess.open(classId, caller);
        if (results == null || results.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần ít nhất một kết quả.", Map.of("results", "Danh sách trống."));
        }
        Violations v = new Violations();
        List<ResultPlanner.Planned> plan = plan(c, results, (i, field, message) ->
                v.add("results[" + i + "]" + (field == null ? "" : "." + field), message));
        v.throwIfAny();
        write(c, plan);
        return plan.size();
    }

    /**
     * Nhập kết quả học tập từ bảng tính: rows of one or several classes, each row naming its class, checked together
     * with the rules of {@link #recordResults} (a learner of the class, one row per learner, score and grade agreeing,
     * absences on the class's session dates, no failing grade after a certificate); when {@code write} and no row has
     * an error, every class is written in this one transaction. Answers row index → field ({@code classId},
     * {@code learnerId}, {@code fullName}, {@code score}, {@code grade}, {@code absentOn}) → message.
     */
    public Map<Integer, Map<String, String>> importResults(List<ClassResultRow> rows, boolean write) {
        Caller caller = access.require(Permission.MANAGE_TRAINING);
        Map<Integer, Map<String, String>> errors = new TreeMap<>();
        Map<Long, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byClass.computeIfAbsent(rows.get(i).classId(), k -> new ArrayList<>()).add(i);
        }
        Map<TrainingClass, List<ResultPlanner.Planned>> plans = new LinkedHashMap<>();
        byClass.forEach((classId, indexes) -> {
            TrainingClass c;
            try {
                c = classAccess.find(classId, caller);
                ClassAccess.requireOpen(c);
            } catch (ProblemException e) {
                indexes.forEach(i -> errors.computeIfAbsent(i, k -> new LinkedHashMap<>()).put("classId", e.getMessage()));
                return;
            }
            List<LearnerResult> results = indexes.stream().map(i -> rows.get(i).result()).toList();
            plans.put(c, plan(c, results, (j, field, message) -> {
                LearnerResult r = results.get(j);
                String column = field != null ? field : r.learnerId() != null ? "learnerId" : "fullName";
                errors.computeIfAbsent(indexes.get(j), k -> new LinkedHashMap<>()).putIfAbsent(column, message);
            }));
        });
        if (write && errors.isEmpty()) {
            plans.forEach((c, plan) -> {
                classAccess.lock(c);
                write(c, plan);
            });
        }
        return errors;
    }

    private List<ResultPlanner.Planned> plan(TrainingClass c, List<LearnerResult> results, ResultPlanner.Errors errors) {
        return new ResultPlanner(scale).plan(learners.ofClass(c.getId()), classes.sessionsOf(c.getId()), results, errors);
    }

    private void write(TrainingClass c, List<ResultPlanner.Planned> plan) {
        for (ResultPlanner.Planned p : plan) {
            if (p.setResult()) {
                p.learner().result(p.graded().score(), p.graded().grade());
            }
            if (p.absences() != null) {
                attendance.clearLearner(p.learner().getId());
                for (ClassSession s : p.absences()) {
                    attendance.add(new Absence(c.getId(), p.learner().getId(), s.getId()));
                }
            }
        }
        audit.change("TRAINING_RESULTS_RECORDED", "class:" + c.getId(), c.getOrgPath(), null, plan.size() + " learners");
    }
}
