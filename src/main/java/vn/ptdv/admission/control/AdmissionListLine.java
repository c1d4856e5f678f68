package vn.ptdv.admission.control;

import vn.ptdv.shared.VietnameseFormat;

/**
 * One line of the named list of admissions, every cell already text. {@code kind}: G heading of a grassroots
 * committee, R one admitted member, S subtotal of the committee, T total of the list.
 */
public record AdmissionListLine(String kind, String no, String name, String birthDate, String gender, String ethnicity,
                                String religion, String education, String unit, String decisionDate,
                                String decisionNumber) {

    static AdmissionListLine row(long no, String name, String birthDate, String gender, String ethnicity,
                                 String religion, String education, String unit, String decisionDate,
                                 String decisionNumber) {
        return new AdmissionListLine("R", VietnameseFormat.integer(no), name, birthDate, gender, ethnicity, religion,
                education, unit, decisionDate, decisionNumber);
    }

    static AdmissionListLine heading(String groupName) {
        return new AdmissionListLine("G", null, groupName, null, null, null, null, null, null, null, null);
    }

    static AdmissionListLine subtotal(String label, long count) {
        return new AdmissionListLine("S", null, label + ": " + VietnameseFormat.integer(count) + " đảng viên", null,
                null, null, null, null, null, null, null);
    }

    static AdmissionListLine total(long count) {
        return new AdmissionListLine("T", null, "Tổng cộng: " + VietnameseFormat.integer(count) + " đảng viên", null,
                null, null, null, null, null, null, null);
    }
}
