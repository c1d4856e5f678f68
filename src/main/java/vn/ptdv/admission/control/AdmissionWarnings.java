package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.admission.api.WarningCode;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.admission.entity.CertificateStatus;
import vn.ptdv.shared.VietnameseFormat;

/**
 * The rule warnings of an admission record, derived from its stored columns: in Java for one record, and as JPQL
 * conditions (alias {@code a}, parameters {@code :wToday} and {@code :wSoon}) for lists and counts, so that both agree.
 */
public final class AdmissionWarnings {

    /** Days before the end of probation from which a missing new-member course is reported as due. */
    public static final int DUE_DAYS = 60;

    /** No new-member certificate dated within the probation (ceremony to probation end, inclusive). */
    private static final String NO_CERT_IN_PROBATION = "(a.newMemberCertIssuedOn IS NULL OR a.newMemberCertIssuedOn < a.ceremonyDate"
            + " OR a.newMemberCertIssuedOn > a.probationEnd)";

    private AdmissionWarnings() {
    }

    /** One warning with its Vietnamese message. */
    public record Warning(WarningCode code, String message) {
    }

    public static List<Warning> of(Admission a, LocalDate today) {
        List<Warning> out = new ArrayList<>();
        if (a.getStatus() != AdmissionStatus.ACTIVE) {
            return out;
        }
        if (a.getAwarenessCertStatus() == CertificateStatus.OVERRIDDEN) {
            out.add(new Warning(WarningCode.AWARENESS_CERTIFICATE_OVERRIDDEN,
                    "Kết nạp khi chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng hợp lệ. Lý do: "
                            + a.getCertOverrideReason()));
        }
        LocalDate end = a.getProbationEnd();
        if (end != null && !newMemberCertificateInProbation(a)) {
            if (end.isBefore(today)) {
                out.add(new Warning(WarningCode.NEW_MEMBER_COURSE_MISSING, "Đã hết thời hạn dự bị ngày "
                        + VietnameseFormat.date(end) + " mà chưa có giấy chứng nhận học lớp bồi dưỡng lý luận chính trị "
                        + "dành cho đảng viên mới cấp trong thời gian dự bị."));
            } else if (!end.isAfter(today.plusDays(DUE_DAYS))) {
                out.add(new Warning(WarningCode.NEW_MEMBER_COURSE_DUE, "Thời hạn dự bị kết thúc ngày "
                        + VietnameseFormat.date(end) + "; chưa có giấy chứng nhận học lớp bồi dưỡng lý luận chính trị "
                        + "dành cho đảng viên mới."));
            }
        }
        return out;
    }

    static boolean newMemberCertificateInProbation(Admission a) {
        LocalDate on = a.getNewMemberCertIssuedOn();
        return on != null && a.getCeremonyDate() != null && !on.isBefore(a.getCeremonyDate()) && !on.isAfter(a.getProbationEnd());
    }

    /** The JPQL condition of one warning (or of any warning when {@code code} is null). */
    public static String condition(WarningCode code) {
        if (code == null) {
            return "(" + condition(WarningCode.AWARENESS_CERTIFICATE_OVERRIDDEN) + " OR "
                    + condition(WarningCode.NEW_MEMBER_COURSE_MISSING) + " OR " + condition(WarningCode.NEW_MEMBER_COURSE_DUE) + ")";
        }
        return switch (code) {
            case AWARENESS_CERTIFICATE_OVERRIDDEN -> "(a.awarenessCertStatus = vn.ptdv.admission.entity.CertificateStatus.OVERRIDDEN)";
            case NEW_MEMBER_COURSE_MISSING -> "(a.probationEnd < :wToday AND " + NO_CERT_IN_PROBATION + ")";
            case NEW_MEMBER_COURSE_DUE -> "(a.probationEnd >= :wToday AND a.probationEnd <= :wSoon AND " + NO_CERT_IN_PROBATION + ")";
        };
    }

    /** The JPQL condition of the unresolved violations (emulation criteria): overridden certificate or missing course. */
    public static String violations() {
        return "(" + condition(WarningCode.AWARENESS_CERTIFICATE_OVERRIDDEN) + " OR "
                + condition(WarningCode.NEW_MEMBER_COURSE_MISSING) + ")";
    }

    /** The date parameters the condition uses, to set on its query. */
    public static java.util.Map<String, Object> parameters(String condition, LocalDate today) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (condition.contains(":wToday")) {
            p.put("wToday", today);
        }
        if (condition.contains(":wSoon")) {
            p.put("wSoon", today.plusDays(DUE_DAYS));
        }
        return p;
    }
}
