package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** The organisation paths the platform needs, through the organisation module's {@link OrganizationScopeResolver}. */
@ApplicationScoped
public class OrganizationPaths {

    @Inject
    Instance<OrganizationScopeResolver> resolver;

    /** The paths of every record of the code, oldest first (empty when unknown or null). */
    public List<String> pathsOf(String code) {
        return code == null || code.isBlank() || resolver.isUnsatisfied() ? List.of() : resolver.get().pathsOf(code.strip());
    }

    /** The paths a user scoped to the code covers: its records' and its predecessors' ({@link OrganizationScopeResolver#scopePathsOf}). */
    public List<String> scopePathsOf(String code) {
        return code == null || code.isBlank() || resolver.isUnsatisfied() ? List.of() : resolver.get().scopePathsOf(code.strip());
    }

    /** The path of the code's newest record, or null. */
    public String newestPath(String code) {
        List<String> paths = pathsOf(code);
        return paths.isEmpty() ? null : paths.get(paths.size() - 1);
    }
}
