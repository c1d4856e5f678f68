package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AwarenessCertificate;

/** The awareness-certificate rule at the admission decision date (domain.md §1.5). */
class CertificateRuleTest {

    private static final CertificateRule RULE = new CertificateRule(60);
    private static final LocalDate BIRTH = LocalDate.of(2000, 5, 6);
    private static final LocalDate ISSUED = LocalDate.of(2019, 3, 10);

    private static Optional<AwarenessCertificate> cert(boolean awareness, String name, LocalDate birth) {
        return Optional.of(new AwarenessCertificate("NTVĐ-BT-2019-0001", awareness, ISSUED, name, birth,
                "Trung tâm Chính trị huyện Bảo Thắng", 1, "Khóa I năm 2019", "/LC/LC-BT/", "/LC/LC-BT/LC-BT-XA/"));
    }

    @Test
    void aCertificateOutsideTheScopeConfirmsNothingTheCallerDidNotGive() {
        String unknown = RULE.problem("NTVĐ-BT-2019-0001", Optional.empty(), "Cư Seo Mười", BIRTH, LocalDate.of(2020, 1, 2))
                .orElseThrow();
        Optional<AwarenessCertificate> held = cert(true, "Cư Seo Mười", BIRTH);
        assertEquals(unknown, RULE.problem("NTVĐ-BT-2019-0001", held, "Cư Seo Mười", BIRTH.plusDays(1),
                LocalDate.of(2020, 1, 2), false).orElseThrow(), "a wrong birth date: as if never issued");
        assertEquals(unknown, RULE.problem("NTVĐ-BT-2019-0001", held, "Lò Văn Sáng", BIRTH, LocalDate.of(2020, 1, 2), false)
                .orElseThrow(), "another holder: as if never issued");
        assertEquals(unknown, RULE.problem("NTVĐ-BT-2019-0001", cert(false, "Lò Văn Sáng", BIRTH), "Cư Seo Mười", BIRTH,
                LocalDate.of(2020, 1, 2), false).orElseThrow(), "another course's certificate of someone else");
        String early = RULE.problem("NTVĐ-BT-2019-0001", held, "Cư Seo Mười", BIRTH, ISSUED.minusDays(1), false).orElseThrow();
        String late = RULE.problem("NTVĐ-BT-2019-0001", held, "Cư Seo Mười", BIRTH, LocalDate.of(2024, 3, 11), false).orElseThrow();
        assertFalse(early.contains("10/03/2019") || late.contains("10/03/2019") || late.contains("10/03/2024"), early + late);
        assertTrue(early.contains("không có hiệu lực vào ngày quyết định kết nạp 09/03/2019"), early);
        assertTrue(RULE.problem("NTVĐ-BT-2019-0001", held, "Cư Seo Mười", BIRTH, LocalDate.of(2020, 1, 2), false).isEmpty(),
                "valid in another district for the person it names");
    }

    private static Optional<String> check(Optional<AwarenessCertificate> c, LocalDate decision) {
        return RULE.problem("NTVĐ-BT-2019-0001", c, "Cư Seo Mười", BIRTH, decision);
    }

    @Test
    void validUpToTheDayBeforeTheAnniversaryAndExpiredOnTheAnniversary() {
        assertEquals(LocalDate.of(2024, 3, 10), RULE.expiresOn(ISSUED));
        assertTrue(check(cert(true, "Cư Seo Mười", BIRTH), LocalDate.of(2024, 3, 9)).isEmpty(), "last valid day");
        Optional<String> anniversary = check(cert(true, "Cư Seo Mười", BIRTH), LocalDate.of(2024, 3, 10));
        assertTrue(anniversary.orElseThrow().contains("đã hết hạn ngày 10/03/2024"), anniversary.get());
        assertTrue(check(cert(true, "Cư Seo Mười", BIRTH), LocalDate.of(2024, 3, 11)).isPresent());
    }

    @Test
    void issuedOnTheDecisionDayIsValidButNotAfterIt() {
        assertTrue(check(cert(true, "Cư Seo Mười", BIRTH), ISSUED).isEmpty());
        String after = check(cert(true, "Cư Seo Mười", BIRTH), ISSUED.minusDays(1)).orElseThrow();
        assertTrue(after.contains("sau ngày quyết định kết nạp 09/03/2019"), after);
    }

    @Test
    void theHolderMustMatchNameIgnoringCaseAndNormalisationAndBirthDate() {
        String decomposed = java.text.Normalizer.normalize("CƯ SEO  MƯỜI", java.text.Normalizer.Form.NFD);
        assertTrue(check(cert(true, decomposed, BIRTH), LocalDate.of(2020, 1, 2)).isEmpty());
        assertTrue(check(cert(true, "Cư Seo Mười", BIRTH.plusDays(1)), LocalDate.of(2020, 1, 2)).orElseThrow()
                .contains("không khớp họ tên, ngày sinh"));
        assertTrue(check(cert(true, "Cư Seo Mui", BIRTH), LocalDate.of(2020, 1, 2)).isPresent(), "diacritics count");
    }

    @Test
    void missingUnknownOrOtherCourseCertificatesAreRefused() {
        assertTrue(RULE.problem(null, Optional.empty(), "A", BIRTH, ISSUED).orElseThrow().contains("Chưa có số giấy chứng nhận"));
        assertTrue(RULE.problem(" ", Optional.empty(), "A", BIRTH, ISSUED).orElseThrow().contains("Chưa có số giấy chứng nhận"));
        assertTrue(RULE.problem("X-1", Optional.empty(), "A", BIRTH, ISSUED).orElseThrow().contains("Không tìm thấy"));
        assertTrue(check(cert(false, "Cư Seo Mười", BIRTH), LocalDate.of(2020, 1, 2)).orElseThrow()
                .contains("không phải giấy chứng nhận học lớp bồi dưỡng nhận thức"));
    }

    @Test
    void theValidityComesFromConfiguration() {
        CertificateRule short12 = new CertificateRule(12);
        assertTrue(short12.validOn(ISSUED, LocalDate.of(2020, 3, 9)));
        assertTrue(!short12.validOn(ISSUED, LocalDate.of(2020, 3, 10)));
    }
}
