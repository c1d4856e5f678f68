package vn.ptdv.platform.security;

/** Vai trò: what a user may do; where is the user's organisation scope. */
public enum Role {
    /** Quản trị hệ thống: the whole database, every organisation tree (creates provinces and their administrators). */
    SYSTEM_ADMIN("Quản trị hệ thống", true, true),
    /** Quản trị (Ban Tổ chức): everything within the scope, every report, the audit trail. */
    ADMIN("Quản trị", true, true),
    /** Nhập liệu: targets, admissions and membership figures within the scope. */
    DATA_ENTRY("Nhập liệu", true, true),
    /** Xem báo cáo: aggregate reports and figures within the scope, no named lists of people. */
    REPORT_VIEWER("Xem báo cáo", false, false),
    /** Cán bộ trung tâm chính trị: classes and learners within the scope. */
    POLITICAL_CENTRE("Trung tâm chính trị", true, false),
    /** Thư ký thi đua: emulation campaigns and aggregate figures within the scope. */
    EMULATION_SECRETARY("Thư ký thi đua", false, false);

    private final String label;
    private final boolean personalData;
    private final boolean admissionData;

    Role(String label, boolean personalData, boolean admissionData) {
        this.label = label;
        this.personalData = personalData;
        this.admissionData = admissionData;
    }

    public String label() {
        return label;
    }

    /** May see named lists of people (sensitive personal data, domain.md §8). */
    public boolean seesPersonalData() {
        return personalData;
    }

    /**
     * Whether a manager holding {@code held} may grant this role: every permission of the role must be one the manager
     * has (an administrator grants data entry, but only a system administrator grants system administration).
     */
    public boolean grantableBy(java.util.Set<Role> held) {
        return Permission.of(held).containsAll(Permission.of(java.util.EnumSet.of(this)));
    }

    /** The widest of the roles (declaration order), for labels; null when there is none. */
    public static Role primary(java.util.Collection<Role> roles) {
        return roles.stream().min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** May read admission records (named). */
    public boolean seesAdmissions() {
        return admissionData;
    }
}
