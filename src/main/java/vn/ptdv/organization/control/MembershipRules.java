package vn.ptdv.organization.control;

import vn.ptdv.platform.rest.Violations;

/** Số đảng viên of one organisation on a date: no count is negative, no group is larger than the total. Pure. */
final class MembershipRules {

    private MembershipRules() {
    }

    static Violations check(int total, int women, int minorities, int probationary) {
        Violations v = new Violations();
        v.check(total >= 0, "total", "Tổng số đảng viên không được âm.");
        v.check(women >= 0 && women <= total, "women", "Số đảng viên nữ phải từ 0 đến tổng số.");
        v.check(minorities >= 0 && minorities <= total, "minorities", "Số đảng viên dân tộc thiểu số phải từ 0 đến tổng số.");
        v.check(probationary >= 0 && probationary <= total, "probationary", "Số đảng viên dự bị phải từ 0 đến tổng số.");
        return v;
    }
}
