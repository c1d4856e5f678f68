package vn.ptdv.admission.api;

import java.time.LocalDate;

/**
 * Chỉ tiêu và kết quả kết nạp of one organisation record over a period (for emulation): its own registered targets
 * summed over the years of the period (null when it registered none), the day the first of them was registered, and
 * the ACTIVE admissions of its whole subtree with a decision date in the period, with the groups the emulation
 * criteria count.
 */
public record UnitAchievement(String path, Integer target, LocalDate targetRegisteredOn, long admitted, long women,
                              long minorities, long pupilsStudents, long privateEconomicUnits) {

    /** A record with no target and no admission. */
    public static UnitAchievement none(String path) {
        return new UnitAchievement(path, null, null, 0, 0, 0, 0, 0);
    }
}
