package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.NewOrganization;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.api.OrganizationRegistry;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;

/** The loaders' writes ({@link OrganizationRegistry}), checked as a user's would be, one transaction a call. */
@ApplicationScoped
@Transactional
public class OrganizationRegistryFacade implements OrganizationRegistry {

    @Inject
    OrganizationRepository tree;

    @Inject
    OrganizationWriter writer;

    @Inject
    MembershipService memberships;

    @Inject
    IssuerService issuers;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Override
    public List<OrganizationRef> createAll(List<NewOrganization> organizations) {
        Caller caller = access.require(Permission.MANAGE_ORGANIZATIONS);
        if (!caller.unrestricted()) {
            organizations.forEach(n -> writer.checkPlacementInScope(caller, n));
        }
        tree.flushAtCommit();
        // EclipseLink does not keep persist order within a class, and no mapped relationship orders parent before
        // child: open level by level and write each level before the next.
        int[] levels = OrganizationBatch.levels(organizations);
        Map<String, Organization> opened = new HashMap<>();
        int current = -1;
        for (int i : OrganizationBatch.parentsFirst(levels)) {
            if (levels[i] != current) {
                tree.flush();
                current = levels[i];
            }
            Organization o = writer.open(organizations.get(i), opened);
            opened.put(o.getCode(), o);
        }
        tree.flush();
        audit.change("ORGANIZATIONS_LOADED", organizations.size() + " organizations", null, null, null);
        return organizations.stream().map(n -> opened.get(n.code().strip()).toRef()).toList();
    }

    @Override
    public void recordMemberships(List<MembershipRecord> records) {
        for (MembershipRecord r : records) {
            memberships.record(r.code(), r.asOf(), r.total(), r.women(), r.minorities(), r.probationary());
        }
    }

    @Override
    public void registerIssuers(List<IssuerDetails> details) {
        issuers.putAll(details);
    }
}
