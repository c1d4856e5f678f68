package vn.ptdv.platform.audit;

/**
 * Where an audit entry is filed (its organisation path), so that an administrator reads only the entries of their
 * own scope. Implemented by the security package, which knows the caller and the organisation paths.
 */
public interface AuditScope {

    /** The path of the caller's scope; null for the system, an unrestricted caller or nobody. */
    String callerPath();

    /** The path of an organisation code's newest record; null when unknown. */
    String pathOf(String organizationCode);
}
