package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.organization.api.MembershipFigures;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.Organization;

/**
 * The unchecked look-ups of the tree for other modules ({@link OrganizationDirectory}): they check their caller with the
 * paths they get back. Resources never reach this class (ScopeByConstructionTest); they use {@link OrganizationService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationDirectoryFacade implements OrganizationDirectory {

    @Inject
    OrganizationRepository tree;

    @Inject
    MembershipRepository memberships;

    @Override
    public long count() {
        return tree.count();
    }

    @Override
    public Optional<OrganizationRef> find(String code, LocalDate date) {
        return tree.validOn(code, date).map(Organization::toRef);
    }

    @Override
    public Optional<OrganizationRef> findCurrentOrLatest(String code) {
        return tree.currentOrLatest(code).map(Organization::toRef);
    }

    @Override
    public List<OrganizationRef> history(String code) {
        return tree.records(code).stream().map(Organization::toRef).toList();
    }

    @Override
    public Map<String, List<OrganizationRef>> histories(Collection<String> codes) {
        Map<String, List<OrganizationRef>> out = new LinkedHashMap<>();
        tree.records(codes).forEach((code, records) -> out.put(code, records.stream().map(Organization::toRef).toList()));
        return out;
    }

    @Override
    public Optional<OrganizationRef> findById(long id) {
        return tree.find(id).map(Organization::toRef);
    }

    @Override
    public List<OrganizationRef> childrenValidDuring(long parentId, LocalDate from, LocalDate to) {
        return tree.childrenDuring(parentId, from, to).stream().map(Organization::toRef).toList();
    }

    @Override
    public List<OrganizationRef> subtree(String code, LocalDate date) {
        Organization root = tree.validOn(code, date).orElseThrow(() -> OrganizationProblems.notFound(code, date));
        return tree.subtreeOn(root.getPath() + "%", date).stream().map(Organization::toRef).toList();
    }

    @Override
    public List<OrganizationRef> subtreeValidDuring(OrganizationRef root, LocalDate from, LocalDate to) {
        return tree.subtreeDuring(root.subtreePattern(), from, to).stream().map(Organization::toRef).toList();
    }

    @Override
    public MembershipFigures membership(OrganizationRef root, LocalDate date) {
        return memberships.subtreeSum(root.subtreePattern(), date);
    }
}
