package vn.ptdv.organization.api;

import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.api.OrganizationRegistry.MembershipRecord;

/**
 * Set-based loading of generated data sets (the bench data; the demo to come): JDBC batches into the organisation
 * module's tables, so that no other module touches them. Each call joins the caller's JTA transaction (there must be
 * one: a loader commits a whole unit of data or nothing) and needs the system caller (start-up loaders run as the
 * system). The rows are checked for the shape of the tree (codes, parents, where a kind may stand, validity), not for
 * a user's scope, and not audited one by one: a loader writes whole provinces.
 */
public interface OrganizationBulkLoad {

    /**
     * One organisation record. The parent is named by code: a row earlier in the same call, or a stored record, valid
     * on {@code validFrom}. {@code validTo} (inclusive) is null for a record still open.
     */
    record OrganizationRow(String code, String name, OrganizationKind kind, String parentCode, LocalDate validFrom,
                           LocalDate validTo) {
    }

    /**
     * Inserts the records with their ids, materialised paths and depths, parents before children in row order; no
     * record of a code may overlap another of the same code. Answers the new records in row order.
     *
     * @throws IllegalArgumentException naming the first row that breaks a rule; nothing of the call is written
     */
    List<OrganizationRef> insertOrganizations(List<OrganizationRow> rows);

    /**
     * Inserts membership figures (số đảng viên) of organisations' own members, each on the record of its code valid on
     * its date; no figures may be recorded yet for that record and date.
     *
     * @throws IllegalArgumentException naming the first figures that break a rule; nothing of the call is written
     */
    void insertMemberships(List<MembershipRecord> figures);

    /**
     * A lineage link of a change on {@code effectiveDate}: from the record of {@code predecessorCode} valid the day
     * before to the record of {@code successorCode} valid on that day. {@code type} is MERGE, SPLIT, RENAME or REPARENT.
     */
    record LineageRow(String type, LocalDate effectiveDate, String predecessorCode, String successorCode, String note) {
    }

    /**
     * Inserts lineage links between records already stored (for instance by {@link #insertOrganizations}) in JDBC
     * batches: the records that a reorganisation closed and opened, as the transitions of the API would link them.
     *
     * @throws IllegalArgumentException naming the first row without both records or with an unknown type; nothing of
     *                                  the call is written
     */
    void insertLineage(List<LineageRow> links);
}
