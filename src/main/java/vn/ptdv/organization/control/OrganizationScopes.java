package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.security.OrganizationScopeResolver;

/** Tells the platform's access checks where an organisation code's records sit in the tree. */
@ApplicationScoped
public class OrganizationScopes implements OrganizationScopeResolver {

    @Inject
    OrganizationRepository tree;

    @Override
    public List<String> pathsOf(String organizationCode) {
        if (organizationCode == null) {
            return List.of();
        }
        return tree.records(organizationCode.strip()).stream().map(Organization::getPath).toList();
    }
}
