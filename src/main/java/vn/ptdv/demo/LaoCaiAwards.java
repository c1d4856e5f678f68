package vn.ptdv.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ptdv.document.api.DocumentRegister;
import vn.ptdv.document.api.IssuedDocumentRef;
import vn.ptdv.emulation.api.AwardDossierRegistry;
import vn.ptdv.emulation.api.AwardDossierRegistry.Ballot;
import vn.ptdv.emulation.api.AwardDossierRegistry.Meeting;
import vn.ptdv.emulation.api.AwardDossierRegistry.Member;
import vn.ptdv.emulation.api.AwardDossierRegistry.ProposedUnit;
import vn.ptdv.emulation.api.AwardDossierRegistry.ReportSections;
import vn.ptdv.emulation.api.CampaignDefinition;
import vn.ptdv.emulation.api.CampaignDefinition.Criterion;
import vn.ptdv.emulation.api.CampaignDefinition.Tier;
import vn.ptdv.emulation.api.EmulationRegistry;
import vn.ptdv.organization.api.OrganizationKind;

/**
 * The demo's completed award dossiers (demo-data.md, "Emulation"), a step of its own after the data's commit: the
 * province's LC-PTDV-2024 (13 upper-grassroots units of old Lào Cai) and LC-PTDV-2025 (the commune-level committees of
 * the new Lào Cai from 1/7/2025), each evaluated and submitted with its tờ trình, every proposed unit's báo cáo thành
 * tích written and submitted (one returned at the check, completed and accepted), the council's meeting in January
 * of the next year with one unit refused for want of votes, the decision issued in the register, the proposal
 * approved, its certificates printable. Deterministic; the texts are simulated data and say so.
 */
@ApplicationScoped
public class LaoCaiAwards {

    private static final Logger LOG = Logger.getLogger(LaoCaiAwards.class.getName());

    static final String CAMPAIGN_2025 = "LC-PTDV-2025";
    static final String SIMULATED = "(Dữ liệu mô phỏng, không có thật.) ";
    /** Who the check returns in 2024 first (a report without evidence), then accepts once completed. */
    static final String RETURNED_2024 = "LC-SP";
    /** The unit whose Giấy khen the council of 14/01/2025 refuses: 5 of 8 members present vote for it (62,5% < 70%). */
    static final String REFUSED_2024 = "LC-BH";

    /** One campaign's dossier: its dates and the council's chair and secretary. */
    record Dossier(String campaign, LocalDate submission, LocalDate meeting, LocalDate decision, String refused,
                   String returned) {
    }

    static final Dossier DOSSIER_2024 = new Dossier(LaoCaiEmulation.PROVINCE_CAMPAIGN, LocalDate.of(2024, 12, 27),
            LocalDate.of(2025, 1, 14), LocalDate.of(2025, 1, 20), REFUSED_2024, RETURNED_2024);
    /** 2025: the last proposed unit in rank order is refused, the first one is returned at the check. */
    static final Dossier DOSSIER_2025 = new Dossier(CAMPAIGN_2025, LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 1, 22), null, null);

    @Inject
    AwardDossierRegistry dossiers;

    @Inject
    EmulationRegistry emulation;

    @Inject
    DocumentRegister documents;

    /** Creates the 2025 campaign and completes both dossiers; a failure is logged and leaves the data loaded. */
    public void complete() {
        long start = System.nanoTime();
        try {
            emulation.createCampaigns(List.of(campaign2025()));
            walk(DOSSIER_2024);
            walk(DOSSIER_2025);
            LOG.info(() -> "Demo data: award dossiers " + DOSSIER_2024.campaign() + " and " + DOSSIER_2025.campaign()
                    + " completed in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo data: completing the award dossiers failed", e);
        }
    }

    /** LC-PTDV-2025: the Tỉnh ủy's campaign of 2025 for the commune-level committees of the new province. */
    static CampaignDefinition campaign2025() {
        Criterion noDiscipline = new Criterion("NO_DISCIPLINE", Map.of());
        Criterion noViolation = new Criterion("NO_UNRESOLVED_VIOLATION", Map.of());
        return new CampaignDefinition(CAMPAIGN_2025, "LC", "35-KH/TU",
                "Phong trào thi đua chuyên đề về công tác phát triển đảng viên năm 2025", 2025, 2025, "LC",
                List.of(OrganizationKind.GRASSROOTS_COMMITTEE.name()),
                List.of(new Tier("Bằng khen của Ban Thường vụ Tỉnh ủy", 3, List.of(ratio(120), noDiscipline, noViolation)),
                        new Tier("Giấy khen của Ban Tổ chức Tỉnh ủy", 5, List.of(ratio(100), noDiscipline, noViolation))));
    }

    private static Criterion ratio(int percent) {
        return new Criterion("TARGET_RATIO_AT_LEAST", Map.of("percent", BigDecimal.valueOf(percent)));
    }

    private void walk(Dossier d) {
        List<ProposedUnit> units = dossiers.evaluateAndSubmit(d.campaign());
        if (units.isEmpty()) {
            LOG.warning(() -> "Demo data: " + d.campaign() + " proposes no unit; its dossier stays at the proposal");
            return;
        }
        issue("award-eligibility", d.campaign(), d.submission());
        String returned = d.returned() != null ? d.returned() : units.get(0).organizationCode();
        String refused = d.refused() != null ? d.refused() : units.get(units.size() - 1).organizationCode();
        for (ProposedUnit u : units) {
            boolean first = u.organizationCode().equals(returned);
            dossiers.submitReport(d.campaign(), u.organizationCode(), sections(u, !first));
            if (first) {
                dossiers.review(d.campaign(), u.organizationCode(), false, "Báo cáo chưa nêu các biện pháp đã thực hiện"
                        + " và chưa kèm số liệu minh chứng; đề nghị bổ sung.");
                dossiers.submitReport(d.campaign(), u.organizationCode(), sections(u, true));
            }
            dossiers.review(d.campaign(), u.organizationCode(), true, null);
        }
        dossiers.recordMeeting(d.campaign(), meeting(d.meeting(), units, refused));
        issue("award-decision", d.campaign(), d.decision());
        dossiers.approve(d.campaign(), SIMULATED + "Phê duyệt theo quyết định khen thưởng đã ban hành.");
    }

    private void issue(String report, String campaign, LocalDate on) {
        IssuedDocumentRef issued = documents.issueOn(report, Map.of("campaign", campaign), on);
        LOG.info(() -> "Demo data: issued " + report + " of " + campaign + " as document " + issued.number() + " of "
                + issued.issuedOn());
    }

    /** The council of the Tỉnh ủy: nine members, eight present; every unit passes but {@code refused} (5 of 8 for). */
    static Meeting meeting(LocalDate date, List<ProposedUnit> units, String refused) {
        List<Member> members = List.of(
                new Member("Hoàng Văn Thành", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng", true),
                new Member("Lù Thị Mai", "Trưởng Ban Tổ chức Tỉnh ủy, Phó Chủ tịch Hội đồng", true),
                new Member("Nguyễn Đức Minh", "Chánh Văn phòng Tỉnh ủy, ủy viên", true),
                new Member("Giàng Seo Chư", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, ủy viên", true),
                new Member("Hà Thị Thu", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, ủy viên", true),
                new Member("Vàng A Páo", "Phó Trưởng Ban Tổ chức Tỉnh ủy, ủy viên", true),
                new Member("Phạm Quang Huy", "Trưởng Ban Thi đua – Khen thưởng tỉnh, ủy viên", true),
                new Member("Lò Thị Hạnh", "Phó Chánh Văn phòng Tỉnh ủy, ủy viên, thư ký", true),
                new Member("Đặng Văn Lâm", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, ủy viên", false));
        List<Ballot> votes = new ArrayList<>();
        for (ProposedUnit u : units) {
            boolean secret = u.tier().startsWith("Bằng khen");
            votes.add(u.organizationCode().equals(refused) ? new Ballot(u.organizationCode(), 5, 2, 1, secret)
                    : new Ballot(u.organizationCode(), 8 - u.rank() % 2, 0, u.rank() % 2, secret));
        }
        return new Meeting(date, "Hội trường Tỉnh ủy Lào Cai (dữ liệu mô phỏng)", "Hoàng Văn Thành", "Lò Thị Hạnh",
                members, votes);
    }

    /** The unit's sections, from its own figures; {@code complete} false: the first draft the check returns. */
    static ReportSections sections(ProposedUnit u, boolean complete) {
        String name = u.organizationName();
        String characteristics = SIMULATED + name + " có các chi bộ thôn, bản, tổ dân phố ở địa bàn vùng cao, đông đồng"
                + " bào dân tộc thiểu số; cấp ủy xác định phát triển đảng viên là nhiệm vụ trọng tâm, phân công cấp ủy viên"
                + " phụ trách từng chi bộ, theo dõi nguồn quần chúng ưu tú ngay từ đầu năm.";
        String achievements = SIMULATED + "Năm thực hiện phong trào, " + name + " kết nạp " + u.admitted()
                + " đảng viên" + (u.target() == null ? "" : " trên chỉ tiêu " + u.target() + ", đạt " + u.ratioText())
                + "; không có trường hợp kết nạp sai quy trình; chi bộ ở "
                + (u.rank() % 2 == 0 ? "các thôn, bản đặc biệt khó khăn" : "các tổ dân phố và trường học")
                + " đều có đảng viên mới; 100% quần chúng được kết nạp đã học lớp bồi dưỡng nhận thức về Đảng.";
        String measures = !complete ? null : SIMULATED + "Rà soát, lập danh sách quần chúng ưu tú từng chi bộ; giao"
                + " đảng viên giúp đỡ từng quần chúng; phối hợp với Trung tâm Chính trị mở lớp bồi dưỡng nhận thức về"
                + " Đảng; biểu dương chi bộ hoàn thành vượt chỉ tiêu tại hội nghị sơ kết 6 tháng.";
        return new ReportSections(characteristics, achievements, measures);
    }
}
