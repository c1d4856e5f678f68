package vn.ptdv.organization.api;

/** Số đảng viên: members on a date (total, women, ethnic minorities, probationary). */
public record MembershipFigures(long total, long women, long minorities, long probationary) {

    public static final MembershipFigures ZERO = new MembershipFigures(0, 0, 0, 0);
}
