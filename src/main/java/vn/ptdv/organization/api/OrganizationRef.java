package vn.ptdv.organization.api;

import java.time.LocalDate;

/**
 * A party organisation record as other modules see it. {@code path} is the materialised path of ids
 * ("00000001/00000007/"): it never changes for a record, so other modules may copy it and filter a subtree by prefix.
 */
public record OrganizationRef(long id, String code, String name, OrganizationKind kind, String parentCode, Long parentId,
                              String path, int depth, LocalDate validFrom, LocalDate validTo) {

    /** Whether the record is valid on the date (validity bounds are inclusive). */
    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether the record is valid on at least one day from {@code from} to {@code to}. */
    public boolean validDuring(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
    }

    /**
     * Of several records of one code, the latest valid on at least one day of the period: the one that stands for the
     * code in that period (e.g. the record that held the year's target at year end).
     */
    public static java.util.Optional<OrganizationRef> latestValidDuring(java.util.List<OrganizationRef> records,
                                                                        LocalDate from, LocalDate to) {
        return records.stream().filter(r -> r.validDuring(from, to))
                .max(java.util.Comparator.comparing(OrganizationRef::validFrom));
    }

    /** Width of one level of a materialised path: eight digits of the id and a slash ("00000001/"). */
    public static final int PATH_LEVEL = 9;

    /** The path of a record with this id under a parent of {@code parentPath} (null for a top record). */
    public static String pathOf(String parentPath, long id) {
        return (parentPath == null ? "" : parentPath) + String.format("%08d/", id);
    }

    /** The first level of a materialised path (or of a subtree pattern): the top organisation, a province, it lies in. */
    public static String rootOf(String path) {
        return path.substring(0, Math.min(PATH_LEVEL, path.length()));
    }

    /** The SQL LIKE pattern that matches this record and every record below it. */
    public String subtreePattern() {
        return path + "%";
    }
}
