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
                entry("B", "Bằng khen của Ban Thường vụ Tỉnh ủy", REFUSED), entry("C", "Bằng khen", null)), null);
        assertEquals(List.of("A"), d.awarded().stream().map(AwardDossier.AwardEntry::organizationCode).toList());
        String figures = AwardDossierDocuments.figures(d, d.entries().get(0));
        assertTrue(figures.startsWith("Năm 2024, chỉ tiêu kết nạp 10 đảng viên; đã kết nạp 12 đảng viên, đạt 120,0% chỉ tiêu."), figures);
    }
}
