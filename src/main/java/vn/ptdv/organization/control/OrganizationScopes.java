package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ptdv.organization.entity.LineageLink;
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

    @Override
    public List<String> scopePathsOf(String organizationCode) {
        if (organizationCode == null) {
            return List.of();
        }
        List<Organization> own = tree.records(organizationCode.strip());
        Set<Long> seen = new HashSet<>();
        own.forEach(o -> seen.add(o.getId()));
        List<Organization> earlier = new ArrayList<>();
        List<Long> frontier = List.copyOf(seen);
        while (!frontier.isEmpty()) {   // every link backwards, one query per round
            List<Long> next = new ArrayList<>();
            for (LineageLink l : tree.links(frontier, true)) {
                if (seen.add(l.getPredecessorId())) {
                    next.add(l.getPredecessorId());
                }
            }
            earlier.addAll(tree.byIds(next));
            frontier = next;
        }
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        earlier.stream().sorted(Comparator.comparing(Organization::getValidFrom).thenComparing(Organization::getId))
                .forEach(o -> paths.add(o.getPath()));
        own.forEach(o -> {   // the code's own records last, its newest at the end
            paths.remove(o.getPath());
            paths.add(o.getPath());
        });
        return List.copyOf(paths);
    }
}
