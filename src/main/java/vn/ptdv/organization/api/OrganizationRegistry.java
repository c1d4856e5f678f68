package vn.ptdv.organization.api;

import java.time.LocalDate;
import java.util.List;

/** Bulk writes for loaders (demo data, imports): each call is one transaction, all or nothing. */
public interface OrganizationRegistry {

    /** Opens the records in order (a parent before its children); rejects the whole batch on the first invalid one. */
    List<OrganizationRef> createAll(List<NewOrganization> organizations);

    /** Records membership figures of organisations' own members on a date. */
    void recordMemberships(List<MembershipRecord> records);

    /** Registers or replaces issuer details (thể thức văn bản) of existing organisation codes. */
    void registerIssuers(List<IssuerDetails> issuers);

    /** One organisation's own members on a date. */
    record MembershipRecord(String code, LocalDate asOf, int total, int women, int minorities, int probationary) {
    }
}
