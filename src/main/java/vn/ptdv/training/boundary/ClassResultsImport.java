package vn.ptdv.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.platform.imports.Column;
import vn.ptdv.platform.imports.ImportKind;
import vn.ptdv.platform.imports.ImportSession;
import vn.ptdv.platform.imports.RequestListSession;
import vn.ptdv.platform.imports.RowValues;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.api.TrainingRegistry.LearnerResult;
import vn.ptdv.training.control.ResultService;
import vn.ptdv.training.control.ResultService.ClassResultRow;

/**
 * {@code POST /api/imports/class-results}: kết quả học tập of the learners of one or several classes, one learner a row
 * (the class by its number in PTDV, the learner by number or by name and birth date), as political centres keep them in
 * Excel: absences, score, grade. Every row goes through the rules of {@code PUT /api/training/classes/{id}/results};
 * all rows are written in one transaction. The export {@code GET /api/training/classes/{id}/results.xlsx} has these
 * columns and re-imports unchanged.
 *
 * <p>Attendance: a blank "Vắng các buổi" cell means the learner missed no session; without that column the recorded
 * absences are kept. A row without score and grade keeps the learner's result. The unit column is for reading only.
 */
@ApplicationScoped
public class ClassResultsImport implements ImportKind {

    static final List<Column> COLUMNS = List.of(
            Column.required("classId", "Mã lớp", "101", "Lớp", "Mã lớp học", "Số lớp", "Lớp số"),
            Column.optional("learnerId", "Mã học viên", "", "Mã HV", "Số học viên"),
            Column.required("fullName", "Họ và tên", "Nguyễn Văn An", "Họ tên", "Họ và tên học viên", "Tên học viên"),
            Column.optional("birthDate", "Ngày sinh", "24/01/2000", "Ngày tháng năm sinh", "Sinh ngày"),
            Column.optional("unit", "Đơn vị", "Chi bộ ...", "Đơn vị giới thiệu", "Đơn vị công tác", "Chi bộ"),
            Column.optional("absentOn", "Vắng các buổi", "", "Vắng", "Ngày vắng", "Buổi vắng", "Vắng học"),
            Column.optional("score", "Điểm", "8,5", "Điểm bài thu hoạch", "Điểm thu hoạch", "Điểm số"),
            Column.optional("grade", "Xếp loại", "Giỏi", "Kết quả", "Xếp loại kết quả")
                    .withChoices(Arrays.stream(Grade.values()).map(Grade::label).toList()));

    @Inject
    ResultService results;

    @Override
    public String name() {
        return "class-results";
    }

    @Override
    public String title() {
        return "Kết quả học tập của lớp bồi dưỡng";
    }

    @Override
    public Permission permission() {
        return Permission.MANAGE_TRAINING;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ImportSession open() {
        return new RequestListSession<ClassResultRow>() {
            @Override
            protected ClassResultRow read(RowValues row, Map<String, String> invalid) {
                Integer classId = row.integer("classId");
                if (classId == null && !row.errors().containsKey("classId")) {
                    row.error("classId", "Mã lớp là bắt buộc (số của lớp trong PTDV, như trong tệp xuất kết quả của lớp).");
                }
                Integer learnerId = row.integer("learnerId");
                String name = row.text("fullName");
                LocalDate birth = row.date("birthDate");
                if (learnerId == null && !row.errors().containsKey("learnerId")) {
                    if (name == null) {
                        row.error("fullName", "Cần họ và tên (hoặc mã học viên) để tìm học viên trong lớp.");
                    }
                    if (birth == null && !row.errors().containsKey("birthDate")) {
                        row.error("birthDate", "Cần ngày sinh (hoặc mã học viên) để tìm học viên trong lớp.");
                    }
                }
                List<LocalDate> absent = row.has("absentOn") ? row.dates("absentOn") : null;
                java.math.BigDecimal score = row.decimal("score");
                Grade grade = row.choice("grade", Grade.class, Grade::label);
                invalid.putAll(row.errors());
                if (!invalid.isEmpty()) {
                    return null;
                }
                return new ClassResultRow(classId, new LearnerResult(learnerId == null ? null : learnerId.longValue(),
                        name, birth, absent, score, grade));
            }

            @Override
            protected Map<Integer, Map<String, String>> check(List<ClassResultRow> rows, IntFunction<String> rowName, boolean write) {
                return results.importResults(rows, write);
            }
        };
    }
}
