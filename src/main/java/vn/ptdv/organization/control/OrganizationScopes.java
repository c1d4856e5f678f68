package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.ptdv.organization.entity.Organization;
import vn.ptdv.platform.security.OrganizationScopeResolver;

/** Tells the platform's access checks where an organisation code's records sit in the tree. */
@ApplicationScoped
public class OrganizationScopes implements OrganizationScopeResolver {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Override
    public List<String> pathsOf(String organizationCode) {
        if (organizationCode == null) {
            return List.of();
        }
        return em.createNamedQuery(Organization.BY_CODE, Organization.class).setParameter("code", organizationCode.strip())
                .getResultList().stream().map(Organization::getPath).toList();
    }
}
