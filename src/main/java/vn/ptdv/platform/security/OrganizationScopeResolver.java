package vn.ptdv.platform.security;

import java.util.List;

/**
 * Service provider interface: the materialised paths of every record of an organisation code, so that the platform can
 * tell whether a path lies inside a user's scope without knowing the organisation module (which implements it).
 */
public interface OrganizationScopeResolver {

    /** The paths of all records of the code (empty when the code is unknown). */
    List<String> pathsOf(String organizationCode);
}
