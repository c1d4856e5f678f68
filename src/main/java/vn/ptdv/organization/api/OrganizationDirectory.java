package vn.ptdv.organization.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask of the organisation tree. No look-up checks the caller's scope: the calling module does,
 * with the paths it gets back (resources reach the tree only through scope-checked services).
 */
public interface OrganizationDirectory {

    /** How many organisation records there are (0 in an empty database). */
    long count();

    /** The record of the code valid on the date. */
    Optional<OrganizationRef> find(String code, LocalDate date);

    /** The record of the code valid today, else the latest one. */
    Optional<OrganizationRef> findCurrentOrLatest(String code);

    /** Every record of the code, oldest first (a code keeps across re-parenting and renaming). */
    List<OrganizationRef> history(String code);

    /** The records of many codes at once (loaders): code → records oldest first; unknown codes are absent. */
    Map<String, List<OrganizationRef>> histories(Collection<String> codes);

    Optional<OrganizationRef> findById(long id);

    /** The direct children valid on at least one day of the period, in code order. */
    List<OrganizationRef> childrenValidDuring(long parentId, LocalDate from, LocalDate to);

    /** The organisation and all records below it valid on the date, in path order. */
    List<OrganizationRef> subtree(String code, LocalDate date);

    /** The records at or below the root record valid on at least one day of the period, in path order. */
    List<OrganizationRef> subtreeValidDuring(OrganizationRef root, LocalDate from, LocalDate to);

    /** The sum of the latest membership figures at or before the date over the subtree valid on that date. */
    MembershipFigures membership(OrganizationRef root, LocalDate date);

    /**
     * The lineage baseline of {@code current} (as it stands on {@code on}) in the earlier period {@code from}–{@code to}:
     * see {@link LineageBaseline}.
     */
    LineageBaseline baseline(OrganizationRef current, LocalDate on, LocalDate from, LocalDate to);

    /** The sum of the latest membership figures on the baseline's last day of the records that count in it. */
    MembershipFigures membership(LineageBaseline baseline);
}
