package vn.ptdv.emulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of the dossier's documents from the entries' figures. */
class AwardDossierDocumentsTest {

    private static AwardDossier.AwardEntry entry(String code, String tier, AwardDossier.AwardVote vote) {
        return new AwardDossier.AwardEntry(1, code, "Chi bộ " + code, "Đảng bộ xã Một", tier, 10, 12, "120,0%",
                "Đạt 120,0% chỉ tiêu.", List.of("Tỷ lệ hoàn thành chỉ tiêu: 120,0% (đạt)"), "ACCEPTED", null,
                "Kết nạp 12 đảng viên.", null, null, null, null, null, null, vote);
    }

    private static final AwardDossier.AwardVote PASSED = new AwardDossier.AwardVote("Bằng khen", 7, 0, 0, true, true, null);
    private static final AwardDossier.AwardVote REFUSED = new AwardDossier.AwardVote("Bằng khen", 5, 2, 0, true, false,
            "Không đạt tỷ lệ phiếu đồng ý: 5/7");

    @Test
    void theAwardsNameComesFromItsTier() {
        assertEquals("BẰNG KHEN", AwardDossierDocuments.awardName("Bằng khen của Ban Thường vụ Tỉnh ủy"));
        assertEquals("GIẤY KHEN", AwardDossierDocuments.awardName("Giấy khen của Ban Tổ chức Tỉnh ủy"));
    }

    @Test
    void theDecisionListsOnlyTheUnitsTheCouncilVotedFor() {
        AwardDossier.Documents d = new AwardDossier.Documents("C", "Phong trào thi đua năm 2024", "1-KH/TU", 2024, 2024,
                "LC", "SUBMITTED", null, null, List.of(entry("A", "Bằng khen của Ban Thường vụ Tỉnh ủy", PASSED),
                entry("B", "Bằng khen của Ban Thường vụ Tỉnh ủy", REFUSED), entry("C", "Bằng khen", null)), null, PARTY_FULL);
        assertEquals(List.of("A"), d.awarded().stream().map(AwardDossier.AwardEntry::organizationCode).toList());
        String figures = AwardDossierDocuments.figures(d, d.entries().get(0));
        assertTrue(figures.startsWith("Năm 2024, chỉ tiêu kết nạp 10 đảng viên; đã kết nạp 12 đảng viên, đạt 120,0% chỉ tiêu."), figures);
    }

    private static final AwardDossier.Route PARTY_FULL = new AwardDossier.Route("PARTY", "FULL", null, null);
    private static final AwardDossier.Route STATE_SIMPLIFIED = new AwardDossier.Route("STATE", "SIMPLIFIED",
            "Ủy ban nhân dân tỉnh Lào Cai", "Nguyễn Văn Mẫu");

    @Test
    void theSimplifiedProcedureAwardsTheAcceptedSummariesWithoutAVoteAndPrintsTheStatesWording() {
        AwardDossier.AwardEntry returned = new AwardDossier.AwardEntry(2, "B", "Chi bộ B", "Đảng bộ xã Một", "Giấy khen", 10,
                12, "120,0%", "Đạt.", List.of(), "RETURNED", null, "Tóm tắt.", null, null, null, null, null, "Bổ sung", null);
        AwardDossier.Documents d = new AwardDossier.Documents("C", "Phong trào thi đua năm 2024", "1-KH/UBND", 2024, 2024,
                "LC", "APPROVED", "5-QĐ/BTCTU", java.time.LocalDate.of(2025, 1, 20),
                List.of(entry("A", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", null), returned), null, STATE_SIMPLIFIED);
        assertEquals(List.of("A"), d.awarded().stream().map(AwardDossier.AwardEntry::organizationCode).toList());
        assertEquals("Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", AwardDossierDocuments.grantorOf(d, "Ban Thường vụ Tỉnh ủy"));
        assertTrue(d.route().label().startsWith("Khen thưởng Nhà nước") && d.route().label().endsWith("thủ tục đơn giản"),
                d.route().label());
        vn.ptdv.organization.api.IssuerDetails issuer = new vn.ptdv.organization.api.IssuerDetails("LC", "TỈNH ỦY LÀO CAI",
                List.of("BAN TỔ CHỨC"), "BTCTU", "Lào Cai", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Văn Thử", List.of(), true);
        List<AwardCertificatePage> pages = AwardDossierDocuments.certificates(d, issuer, "Ban Tổ chức Tỉnh ủy Lào Cai");
        assertEquals(1, pages.size());
        AwardCertificatePage p = pages.get(0);
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", p.motto());
        assertEquals("Độc lập - Tự do - Hạnh phúc", p.mottoSubtitle());
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", p.grantor());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", p.issuingBody());
        assertEquals("CHỦ TỊCH", p.signerPosition());
        assertEquals("Nguyễn Văn Mẫu", p.signerName());
        assertEquals("BẰNG KHEN", p.awardName());
        assertTrue(p.decisionLine().contains("5-QĐ/BTCTU") && p.decisionLine().contains("20/01/2025"), p.decisionLine());
        AwardCertificatePage party = AwardDossierDocuments.certificates(new AwardDossier.Documents("C", "Phong trào", null,
                2024, 2024, "LC", "APPROVED", "5-QĐ/BTCTU", java.time.LocalDate.of(2025, 1, 20),
                List.of(entry("A", "Giấy khen", PASSED)), null, PARTY_FULL), issuer, "Ban Tổ chức Tỉnh ủy Lào Cai").get(0);
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", party.motto());
        assertEquals(null, party.mottoSubtitle());
        assertEquals("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", party.signerPosition());
    }
}
