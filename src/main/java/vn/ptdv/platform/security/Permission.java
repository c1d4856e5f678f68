package vn.ptdv.platform.security;

import java.util.EnumSet;
import java.util.Set;

/** What an operation needs, and which roles have it. Deny by default: a role not listed has no permission. */
public enum Permission {
    /** Read the organisation tree, targets and aggregate figures. */
    READ_AGGREGATES(EnumSet.allOf(Role.class)),
    /** Read named admission records. */
    READ_ADMISSIONS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.DATA_ENTRY)),
    /** Record, correct and withdraw admissions; register targets; record membership figures. */
    WRITE_ADMISSIONS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.DATA_ENTRY)),
    /** Change the organisation tree and issuer details. */
    MANAGE_ORGANIZATIONS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN)),
    /** Download aggregate reports. */
    DOWNLOAD_REPORTS(EnumSet.allOf(Role.class)),
    /** Download reports that name people. */
    DOWNLOAD_NAMED_LISTS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.DATA_ENTRY, Role.POLITICAL_CENTRE)),
    /** Create and change emulation campaigns, record quality ratings and disciplinary actions, evaluate, submit. */
    MANAGE_EMULATION(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.EMULATION_SECRETARY)),
    /** Approve or reject an award proposal (quyết định khen thưởng). */
    DECIDE_AWARDS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN)),
    /** Create course guides and classes, enrol learners, record attendance, results and certificates. */
    MANAGE_TRAINING(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.POLITICAL_CENTRE)),
    /** Read named learners of classes and certificates (class lists and counts need only READ_AGGREGATES). */
    READ_TRAINING(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.DATA_ENTRY, Role.POLITICAL_CENTRE)),
    /** Issue official documents: number, date, sign and archive a report in the register (sổ đăng ký văn bản đi). */
    ISSUE_DOCUMENTS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.EMULATION_SECRETARY)),
    /** Read the audit trail. */
    READ_AUDIT(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN)),
    /** Create and change user accounts inside the scope, granting only roles the manager holds (issue #15). */
    MANAGE_USERS(EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN)),
    /** Operate the installation: online backups, server-side report timings (system administrators only). */
    OPERATE_SYSTEM(EnumSet.of(Role.SYSTEM_ADMIN));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /** Whether any of the roles has the permission. */
    public boolean grantedToAny(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The permissions of a set of roles, in declaration order. */
    public static Set<Permission> of(Set<Role> held) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        for (Permission p : values()) {
            if (p.grantedToAny(held)) {
                result.add(p);
            }
        }
        return result;
    }
}
