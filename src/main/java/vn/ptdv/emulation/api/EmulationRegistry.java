package vn.ptdv.emulation.api;

import java.time.LocalDate;
import java.util.List;

/** Bulk writes for loaders (demo data, imports), inside the caller's transaction; every change is audited. */
public interface EmulationRegistry {

    /** Creates campaigns after checking every definition; the first invalid one rejects the batch. */
    void createCampaigns(List<CampaignDefinition> campaigns);

    /** Records or replaces quality ratings of organisation codes. */
    void recordRatings(List<RatingRecord> ratings);

    /** Records disciplinary actions against organisations. */
    void recordDisciplines(List<DisciplineRecord> disciplines);

    /** Kết quả xếp loại chất lượng of an organisation for a year. */
    record RatingRecord(String organizationCode, int year, QualityRating rating) {
    }

    /** Hình thức kỷ luật tổ chức đảng (khiển trách, cảnh cáo, giải tán) with its date and decision. */
    record DisciplineRecord(String organizationCode, LocalDate actionDate, String form, String decisionNumber,
                            String reason) {
    }
}
