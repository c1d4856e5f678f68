package vn.ptdv.admission.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionResults.Breakdown;
import vn.ptdv.admission.api.AdmissionResults.TermProgress;
import vn.ptdv.admission.api.AdmissionResults.UnitRow;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;

/** Results shaped like the Lào Cai 2024 acceptance figures (demo-data.md), for tests without a database. */
final class AdmissionResultsFixtures {

    private AdmissionResultsFixtures() {
    }

    static OrganizationRef org(long id, String code, String name, OrganizationKind kind) {
        return new OrganizationRef(id, code, name, kind, null, null, String.format("%08d/", id), 0,
                LocalDate.of(2015, 1, 1), null);
    }

    static UnitRow unit(long id, String code, String name, Integer target, long admitted, long women, long minorities) {
        return new UnitRow(org(id, code, name, OrganizationKind.UPPER_GRASSROOTS_COMMITTEE), target, admitted, women,
                minorities);
    }

    static Breakdown laoCaiBreakdown() {
        return new Breakdown(2287, 1100, 1452, 120, 65, 85, 1500, 1600,
                Map.of(GeneralEducation.UPPER_SECONDARY, 1810L, GeneralEducation.LOWER_SECONDARY, 400L,
                        GeneralEducation.PRIMARY, 77L),
                Map.of(ProfessionalQualification.MASTER, 40L, ProfessionalQualification.UNIVERSITY, 754L,
                        ProfessionalQualification.COLLEGE, 303L, ProfessionalQualification.INTERMEDIATE, 150L,
                        ProfessionalQualification.ELEMENTARY, 48L, ProfessionalQualification.NONE, 992L),
                Map.of(PoliticalTheory.NONE, 2200L, PoliticalTheory.ELEMENTARY, 80L, PoliticalTheory.INTERMEDIATE, 7L));
    }

    static List<UnitRow> laoCaiUnits() {
        Object[][] u = {
            {"LC-TP", "Đảng bộ thành phố Lào Cai", 260, 280}, {"LC-SP", "Đảng bộ thị xã Sa Pa", 150, 165},
            {"LC-BX", "Đảng bộ huyện Bát Xát", 200, 222}, {"LC-MK", "Đảng bộ huyện Mường Khương", 100, 149},
            {"LC-SMC", "Đảng bộ huyện Si Ma Cai", 80, 86}, {"LC-BH", "Đảng bộ huyện Bắc Hà", 150, 164},
            {"LC-BT", "Đảng bộ huyện Bảo Thắng", 222, 270}, {"LC-BY", "Đảng bộ huyện Bảo Yên", 200, 221},
            {"LC-VB", "Đảng bộ huyện Văn Bàn", 210, 240}, {"LC-CQDN", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", 220, 231},
            {"LC-QS", "Đảng bộ Quân sự tỉnh", 110, 115}, {"LC-BP", "Đảng bộ Bộ đội Biên phòng tỉnh", 40, 60},
            {"LC-CA", "Đảng bộ Công an tỉnh", 80, 84}};
        List<UnitRow> rows = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            int admitted = (Integer) u[i][3];
            rows.add(unit(i + 2, (String) u[i][0], (String) u[i][1], (Integer) u[i][2], admitted, admitted / 2,
                    admitted * 6 / 10));
        }
        return rows;
    }

    static AdmissionResults laoCai() {
        return new AdmissionResults(org(1, "LC", "Đảng bộ tỉnh Lào Cai", OrganizationKind.PROVINCIAL_COMMITTEE), 2024,
                2022, laoCaiBreakdown(), laoCaiUnits(), 0, 2150, 2000, null, List.of());
    }
}
