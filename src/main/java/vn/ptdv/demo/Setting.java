package vn.ptdv.demo;

/**
 * What kind of place a chi bộ is in; it drives the size of the cell and the likely attributes of the people it admits.
 * {@code members} is the usual size range, {@code admissionRate} the relative number of admissions per member,
 * {@code womenShare} the share of women among the cell's members, {@code minorityFactor} how strongly ethnic
 * minorities are represented compared with the district's average.
 */
enum Setting {
    VILLAGE(10, 30, 1.0, 0.30, 1.25),
    TOWN_QUARTER(15, 42, 0.8, 0.45, 0.75),
    COMMUNE_OFFICE(14, 28, 0.5, 0.40, 1.0),
    SCHOOL(8, 24, 0.6, 0.65, 0.85),
    UPPER_SCHOOL(14, 34, 1.8, 0.60, 0.85),
    HEALTH(12, 40, 0.7, 0.62, 0.7),
    AGENCY(10, 34, 0.55, 0.45, 0.7),
    STATE_ENTERPRISE(10, 45, 0.6, 0.28, 0.6),
    PRIVATE_ENTERPRISE(5, 18, 1.4, 0.35, 0.55),
    ARMY(14, 36, 1.0, 0.06, 1.0),
    BORDER_GUARD(14, 34, 1.0, 0.05, 1.0),
    POLICE(12, 36, 0.9, 0.14, 0.9);

    final int minMembers;
    final int maxMembers;
    final double admissionRate;
    final double womenShare;
    final double minorityFactor;

    Setting(int minMembers, int maxMembers, double admissionRate, double womenShare, double minorityFactor) {
        this.minMembers = minMembers;
        this.maxMembers = maxMembers;
        this.admissionRate = admissionRate;
        this.womenShare = womenShare;
        this.minorityFactor = minorityFactor;
    }

    boolean armed() {
        return this == ARMY || this == BORDER_GUARD || this == POLICE;
    }
}
