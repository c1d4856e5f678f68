package vn.ptdv.admission.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ptdv.platform.rest.Violations;

/**
 * Chỉ tiêu kết nạp: a yearly target is a count from 0 to 100.000; a term target (chỉ tiêu nhiệm kỳ) spans at most 10
 * years in order and is not negative; an import names an organisation and year once. Pure.
 */
final class TargetRules {

    /** The largest yearly target accepted. */
    static final int MAX_ADMISSIONS = 100_000;

    private TargetRules() {
    }

    /** The errors of a yearly target's count. */
    static Violations yearly(int admissions) {
        Violations v = new Violations();
        v.check(admissions >= 0, "admissions", "Chỉ tiêu kết nạp không được âm.");
        v.check(admissions <= MAX_ADMISSIONS, "admissions", "Chỉ tiêu kết nạp quá lớn.");
        return v;
    }

    /** The errors of a term target. */
    static Violations term(int fromYear, int toYear, int admissions) {
        Violations v = new Violations();
        v.check(toYear >= fromYear, "toYear", "Năm kết thúc nhiệm kỳ phải không trước năm bắt đầu.");
        v.check(toYear - fromYear <= 10, "toYear", "Nhiệm kỳ dài tối đa 10 năm.");
        v.check(admissions >= 0, "admissions", "Chỉ tiêu nhiệm kỳ không được âm.");
        return v;
    }

    /** Remembers the organisations and years of an import's rows: the first row of one keeps it. */
    static final class Seen {

        private final Map<String, Integer> rows = new HashMap<>();
        private final IntFunction<String> rowName;

        Seen(IntFunction<String> rowName) {
            this.rowName = rowName;
        }

        /** Why the row repeats an earlier row's organisation and year, or null. */
        String repeated(int row, String organizationCode, int year) {
            Integer first = rows.putIfAbsent(organizationCode + "/" + year, row);
            return first == null ? null : "Chỉ tiêu của " + organizationCode + " năm " + year + " trùng với "
                    + rowName.apply(first) + ".";
        }
    }
}
