package vn.ptdv.admission.api;

import java.util.Collection;
import java.util.Map;

/**
 * Chỉ tiêu và kết quả kết nạp of many organisations at once, for emulation (bình xét thi đua): grouped SQL over one
 * subtree, never a query per organisation. Counts ACTIVE admissions by the year of their decision date.
 */
public interface AdmissionAchievements {

    /**
     * Targets and admissions of many organisation records at once over the years fromYear–toYear, for emulation:
     * one grouped query for the admissions and one for the targets over the root's subtree, rolled up to each
     * requested path (a path counts every admission recorded at or below it).
     *
     * @param rootPath the materialised path of a record whose subtree holds every requested path
     * @param paths    the records' paths; each appears in the answer, with zeros when nothing is recorded
     */
    Map<String, UnitAchievement> achievements(String rootPath, Collection<String> paths, int fromYear, int toYear);

    /**
     * Kết nạp có cảnh báo vi phạm chưa xử lý: per requested subtree path, the active admissions with a decision date in
     * the years that carry an unresolved violation warning (WarningCode.violation(): admitted without a valid
     * awareness-course certificate, or probation ended without the new-member course certificate). Paths with no such
     * admission are absent from the answer. The recorded exceptions (older applicant, education area) are lawful
     * exceptions, not violations, and are not counted.
     */
    Map<String, Long> admissionsWithUnresolvedWarnings(Collection<String> subtreePaths, int fromYear, int toYear);
}
