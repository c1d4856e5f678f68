package vn.ptdv.platform.security;

import java.util.List;

/**
 * Service provider interface: the materialised paths of every record of an organisation code, so that the platform can
 * tell whether a path lies inside a user's scope without knowing the organisation module (which implements it).
 */
public interface OrganizationScopeResolver {

    /** The paths of all records of the code (empty when the code is unknown). */
    List<String> pathsOf(String organizationCode);

    /**
     * The paths a user whose scope is this code may see: those of the code's records and of every record that became
     * one of them through a reorganisation (merge, split, move, rename; transitively), so that the committee formed by
     * a merger sees what its predecessors recorded. The predecessors come first, oldest first, and the code's newest
     * record last (empty when the code is unknown).
     */
    default List<String> scopePathsOf(String organizationCode) {
        return pathsOf(organizationCode);
    }
}
