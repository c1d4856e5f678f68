package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.admission.api.AwarenessCertificate;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng at the admission decision date (domain.md §1.5). Valid when it
 * exists, is an awareness-course certificate, was issued to the same person (full name NFC and case-insensitive, birth
 * date) on or before the decision date, and the decision date is BEFORE the end of validity: issuedOn + N months
 * (configuration, default 60). The anniversary day itself is no longer valid: a certificate of 10/03/2019 is valid up to
 * and including 09/03/2024 and expires on 10/03/2024.
 */
public final class CertificateRule {

    private final int validityMonths;

    public CertificateRule(int validityMonths) {
        if (validityMonths < 1) {
            throw new IllegalArgumentException("validity months must be positive");
        }
        this.validityMonths = validityMonths;
    }

    public int validityMonths() {
        return validityMonths;
    }

    /** The first day on which a certificate issued on {@code issuedOn} is no longer valid. */
    public LocalDate expiresOn(LocalDate issuedOn) {
        return issuedOn.plusMonths(validityMonths);
    }

    /** Whether the certificate (of the right person and kind) is valid on {@code date}. */
    public boolean validOn(LocalDate issuedOn, LocalDate date) {
        return !issuedOn.isAfter(date) && date.isBefore(expiresOn(issuedOn));
    }

    /**
     * Why the certificate cannot support the admission (a Vietnamese sentence), or empty when it is valid; a certificate
     * of the caller's scope.
     *
     * @param number      the number given with the admission (null or blank: none given)
     * @param certificate what the training records hold under that number
     */
    public Optional<String> problem(String number, Optional<AwarenessCertificate> certificate, String fullName,
                                    LocalDate birthDate, LocalDate decisionDate) {
        return problem(number, certificate, fullName, birthDate, decisionDate, true);
    }

    /**
     * As {@link #problem(String, Optional, String, LocalDate, LocalDate)}; with {@code visible} false (a certificate
     * outside the caller's scope) a holder other than the given person is answered as a number that was never issued,
     * and a date problem names no date of the certificate: the look-up confirms nothing the caller did not know.
     */
    public Optional<String> problem(String number, Optional<AwarenessCertificate> certificate, String fullName,
                                    LocalDate birthDate, LocalDate decisionDate, boolean visible) {
        String n = VietnameseText.clean(number);
        if (n == null) {
            return Optional.of("Chưa có số giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (mẫu CN-NTVĐ); nếu vẫn "
                    + "kết nạp, cần ghi lý do (certificateOverrideReason).");
        }
        if (certificate.isEmpty() || !visible && !samePerson(certificate.get(), fullName, birthDate)) {
            return Optional.of("Không tìm thấy giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng số " + n + ".");
        }
        AwarenessCertificate c = certificate.get();
        if (!c.awarenessCourse()) {
            return Optional.of("Giấy chứng nhận số " + n + " không phải giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.");
        }
        if (!samePerson(c, fullName, birthDate)) {
            return Optional.of("Giấy chứng nhận số " + n + " không khớp họ tên, ngày sinh của người được kết nạp.");
        }
        if (decisionDate == null || validOn(c.issuedOn(), decisionDate)) {
            return Optional.empty();
        }
        if (!visible) {
            return Optional.of("Giấy chứng nhận số " + n + " không có hiệu lực vào ngày quyết định kết nạp "
                    + VietnameseFormat.date(decisionDate) + " (giá trị " + validityMonths + " tháng kể từ ngày cấp).");
        }
        if (c.issuedOn().isAfter(decisionDate)) {
            return Optional.of("Giấy chứng nhận số " + n + " cấp ngày " + VietnameseFormat.date(c.issuedOn())
                    + ", sau ngày quyết định kết nạp " + VietnameseFormat.date(decisionDate) + ".");
        }
        return Optional.of("Giấy chứng nhận số " + n + " (cấp ngày " + VietnameseFormat.date(c.issuedOn())
                + ") đã hết hạn ngày " + VietnameseFormat.date(expiresOn(c.issuedOn())) + ", trước ngày quyết định kết nạp "
                + VietnameseFormat.date(decisionDate) + " (giá trị " + validityMonths + " tháng).");
    }

    static boolean samePerson(AwarenessCertificate c, String fullName, LocalDate birthDate) {
        return c.holderBirthDate() != null && c.holderBirthDate().equals(birthDate) && sameName(c.holderFullName(), fullName);
    }

    static boolean sameName(String a, String b) {
        String x = VietnameseText.clean(a);
        String y = VietnameseText.clean(b);
        return x != null && y != null && x.toLowerCase(VietnameseText.VI_VN).equals(y.toLowerCase(VietnameseText.VI_VN));
    }
}
