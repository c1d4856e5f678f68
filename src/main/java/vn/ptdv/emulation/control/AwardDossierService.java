package vn.ptdv.emulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.emulation.entity.AchievementReport;
import vn.ptdv.emulation.entity.Campaign;
import vn.ptdv.emulation.entity.CouncilMeeting;
import vn.ptdv.emulation.entity.CouncilMember;
import vn.ptdv.emulation.entity.CouncilVote;
import vn.ptdv.emulation.entity.Evaluation;
import vn.ptdv.emulation.entity.EvaluationRow;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.config.PtdvConfig;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.VietnameseFormat;
import vn.ptdv.shared.VietnameseText;

/**
 * The award dossier of a submitted proposal: each proposed unit's báo cáo thành tích (its staff write and submit it),
 * the check by the campaign's issuer (accept or return with a reason), and the council's meeting with its votes
 * ({@link AwardDossierRules}, {@link CouncilRules}). Every change is audited; a change and its checks are one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class AwardDossierService {

    static final String NO_ENTRY = "Đơn vị không có trong đề nghị khen thưởng của phong trào.";

    @Inject
    CampaignRepository campaigns;

    @Inject
    AwardDossierRepository dossier;

    @Inject
    EmulationScope scope;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = PtdvConfig.COUNCIL_QUORUM, defaultValue = "2/3")
    String quorum;

    @Inject
    @ConfigProperty(name = PtdvConfig.COUNCIL_APPROVAL_PERCENT, defaultValue = "70")
    int approvalPercent;

    @Inject
    @ConfigProperty(name = PtdvConfig.COUNCIL_SECRET_BALLOT_TIERS, defaultValue = "Bằng khen;Cờ thi đua")
    String secretBallotTiers;

    CouncilRules.Settings settings() {
        return CouncilRules.Settings.parse(quorum, approvalPercent, secretBallotTiers);
    }

    /** The proposed units of the campaign's latest proposal, in rank order, with their reports and votes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwardDossier.AwardEntry> entries(String campaign) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        Campaign c = scope.campaign(campaign, caller);
        Evaluation e = proposal(c);
        Map<Long, AchievementReport> reports = reportsById(e);
        Map<Long, CouncilVote> votes = votesById(e);
        return proposed(e).stream().map(r -> entry(r, reports.get(r.getId()), votes.get(r.getId()))).toList();
    }

    /** One proposed unit's entry: for the campaign's issuer or the unit's own staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardDossier.AwardEntry entry(String campaign, String unit) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        Campaign c = scope.campaignForUnit(campaign, unit, caller);
        Evaluation e = proposal(c);
        EvaluationRow r = row(e, unit);
        return entry(r, dossier.report(r.getId()).orElse(null), votesById(e).get(r.getId()));
    }

    /** The unit writes (or rewrites) its sections while its report is a draft or was returned. */
    public AwardDossier.AwardEntry write(String campaign, String unit, AwardDossier.AwardReportSections s) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaignForUnit(campaign, unit, caller);
        Evaluation e = proposal(c);
        AwardDossierRules.checkOpen(e.getStatus());
        EvaluationRow r = row(e, unit);
        AchievementReport report = dossier.reportForUpdate(r.getId()).orElse(null);
        if (report == null) {
            report = new AchievementReport(r.getId(), e.getId(), caller.username());
            dossier.persist(report);
        }
        AwardDossierRules.checkEditable(report.getStatus());
        String characteristics = clean(s.characteristics(), 4000, "characteristics");
        String achievements = clean(s.achievements(), 8000, "achievements");
        String measures = clean(s.measures(), 4000, "measures");
        if (route(c).simplified()) {
            AwardDossierRules.checkSummary(characteristics, achievements, measures);
        }
        report.write(characteristics, achievements, measures, caller.username());
        dossier.flush();
        audit.change("AWARD_REPORT_WRITTEN", "campaign:" + c.getCode() + "/" + r.getOrganizationCode(), c.getOrgPath(),
                null, "{\"status\":\"" + report.getStatus() + "\"}");
        return entry(r, report, votesById(e).get(r.getId()));
    }

    /** The unit submits its report: locked until the check. */
    public AwardDossier.AwardEntry submit(String campaign, String unit) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaignForUnit(campaign, unit, caller);
        Evaluation e = proposal(c);
        AwardDossierRules.checkOpen(e.getStatus());
        EvaluationRow r = row(e, unit);
        AchievementReport report = dossier.reportForUpdate(r.getId()).orElse(null);
        AwardDossierRules.checkSubmittable(report == null ? AchievementReport.Status.DRAFT : report.getStatus(),
                report == null ? null : report.getAchievements());
        String before = report.getStatus().name();
        report.submit(caller.username());
        audit.change("AWARD_REPORT_SUBMITTED", "campaign:" + c.getCode() + "/" + r.getOrganizationCode(), c.getOrgPath(),
                "{\"status\":\"" + before + "\"}", "{\"status\":\"SUBMITTED\"}");
        return entry(r, report, votesById(e).get(r.getId()));
    }

    /** Thẩm định by the campaign's issuer: accepted, or returned to the unit with a reason. */
    public AwardDossier.AwardEntry review(String campaign, String unit, Boolean accepted, String reason) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaign(campaign, caller);
        if (accepted == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Cần cho biết kết quả thẩm định.",
                    Map.of("accepted", "Bắt buộc (true: chấp nhận, false: trả lại)"));
        }
        Evaluation e = proposal(c);
        AwardDossierRules.checkOpen(e.getStatus());
        EvaluationRow r = row(e, unit);
        AchievementReport report = dossier.reportForUpdate(r.getId()).orElse(null);
        String note = clean(reason, 1000, "reason");
        AwardDossierRules.checkReviewable(report == null ? AchievementReport.Status.DRAFT : report.getStatus(), accepted, note);
        report.review(accepted, note, caller.username());
        audit.change(accepted ? "AWARD_REPORT_ACCEPTED" : "AWARD_REPORT_RETURNED", "campaign:" + c.getCode() + "/"
                + r.getOrganizationCode(), c.getOrgPath(), "{\"status\":\"SUBMITTED\"}",
                "{\"status\":\"" + report.getStatus() + "\"}");
        return entry(r, report, votesById(e).get(r.getId()));
    }

    /** The council's meeting, recorded (or recorded again) while the proposal waits for its decision. */
    public AwardDossier.AwardCouncilMeeting recordMeeting(String campaign, AwardDossier.AwardNewMeeting m) {
        Caller caller = access.require(Permission.MANAGE_EMULATION);
        Campaign c = scope.campaign(campaign, caller);
        Evaluation e = proposal(c);
        AwardDossierRules.checkCouncilStep(route(c));
        AwardDossierRules.checkOpen(e.getStatus());
        Map<String, String> errors = new LinkedHashMap<>();
        if (m.meetingDate() == null) {
            errors.put("meetingDate", "Bắt buộc (dd/MM/yyyy hoặc yyyy-MM-dd)");
        }
        String place = required(m.place(), 300, "place", errors);
        String chair = required(m.chair(), 200, "chair", errors);
        String secretary = required(m.secretary(), 200, "secretary", errors);
        List<CouncilMember> members = new ArrayList<>();
        List<AwardDossier.AwardCouncilMember> asked = m.members() == null ? List.of() : m.members();
        for (int i = 0; i < asked.size(); i++) {
            AwardDossier.AwardCouncilMember x = asked.get(i);
            if (x == null) {
                errors.put("members[" + i + "]", "Thiếu thông tin thành viên");
                continue;
            }
            String name = required(x.fullName(), 200, "members[" + i + "].fullName", errors);
            String position = required(x.position(), 300, "members[" + i + "].position", errors);
            members.add(new CouncilMember(name, position, x.present()));
        }
        List<EvaluationRow> proposed = proposed(e);
        Map<String, EvaluationRow> byCode = new HashMap<>();
        proposed.forEach(r -> byCode.put(r.getOrganizationCode(), r));
        List<AwardDossier.AwardBallot> ballots = m.votes() == null ? List.of() : m.votes();
        List<CouncilRules.Ballot> checked = new ArrayList<>();
        List<EvaluationRow> rowsVoted = new ArrayList<>();
        for (int i = 0; i < ballots.size(); i++) {
            AwardDossier.AwardBallot b = ballots.get(i);
            EvaluationRow r = b == null || b.organizationCode() == null ? null : byCode.get(b.organizationCode().strip());
            if (r == null) {
                errors.put("votes[" + i + "].organizationCode", "Không phải đơn vị được đề nghị khen thưởng");
            } else if (rowsVoted.contains(r)) {
                errors.put("votes[" + i + "].organizationCode", "Đơn vị đã được biểu quyết ở dòng trên");
            } else if (b.votesFor() == null || b.votesAgainst() == null || b.abstaining() == null) {
                errors.put("votes[" + i + "]", "Cần đủ số phiếu đồng ý, không đồng ý, không biểu quyết");
            } else {
                rowsVoted.add(r);
                checked.add(new CouncilRules.Ballot(i, r.getTierProposed(), b.votesFor(), b.votesAgainst(), b.abstaining(),
                        Boolean.TRUE.equals(b.secretBallot())));
            }
        }
        List<String> missing = proposed.stream().filter(r -> !rowsVoted.contains(r)).map(EvaluationRow::getOrganizationName).toList();
        if (errors.isEmpty() && !missing.isEmpty()) {
            errors.put("votes", "Chưa biểu quyết: " + String.join("; ", missing));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Biên bản họp Hội đồng chưa hợp lệ.", errors);
        }
        Map<Long, AchievementReport> reports = reportsById(e);
        AwardDossierRules.checkAllAccepted(proposed.stream().filter(r -> reports.get(r.getId()) == null
                || reports.get(r.getId()).getStatus() != AchievementReport.Status.ACCEPTED)
                .map(EvaluationRow::getOrganizationName).toList());
        CouncilRules.Settings s = settings();
        int present = (int) members.stream().filter(CouncilMember::isPresent).count();
        CouncilRules.checkQuorum(members.size(), present, s);
        CouncilRules.checkBallots(checked, present, s);
        List<CouncilVote> votes = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            CouncilRules.Ballot b = checked.get(i);
            CouncilRules.Outcome o = CouncilRules.outcome(b, present, s);
            votes.add(new CouncilVote(rowsVoted.get(i).getId(), b.tier(), b.votesFor(), b.votesAgainst(), b.abstaining(),
                    b.secretBallot(), o.passed(), o.reason()));
        }
        CouncilMeeting meeting = dossier.meeting(e.getId()).orElse(null);
        boolean again = meeting != null;
        if (meeting == null) {
            meeting = new CouncilMeeting(e.getId());
        }
        meeting.record(m.meetingDate(), place, chair, secretary, members, votes, caller.username());
        if (!again) {
            dossier.persist(meeting);
        }
        dossier.flush();
        audit.change(again ? "AWARD_COUNCIL_RECORDED_AGAIN" : "AWARD_COUNCIL_RECORDED", "campaign:" + c.getCode(),
                c.getOrgPath(), null, "{\"present\":" + present + ",\"members\":" + members.size() + ",\"passed\":"
                        + votes.stream().filter(CouncilVote::isPassed).count() + "}");
        return meeting(c, e, meeting);
    }

    /** The council's meeting of the latest proposal; 404 before it is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardDossier.AwardCouncilMeeting meeting(String campaign) {
        Caller caller = access.require(Permission.READ_AGGREGATES);
        Campaign c = scope.campaign(campaign, caller);
        Evaluation e = proposal(c);
        return meeting(c, e, dossier.meeting(e.getId()).orElseThrow(() -> ProblemException.notFound(
                "Chưa có biên bản họp Hội đồng Thi đua – Khen thưởng của đề nghị này.")));
    }

    /**
     * The dossier as its documents print it, for a caller with {@code permission} who covers the campaign's issuer,
     * or (with {@code unit}) the proposed unit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardDossier.Documents documents(String campaign, String unit, Permission permission) {
        Caller caller = access.require(permission);
        Campaign c = unit == null ? scope.campaign(campaign, caller) : scope.campaignForUnit(campaign, unit, caller);
        Evaluation e = proposal(c);
        Map<Long, AchievementReport> reports = reportsById(e);
        Map<Long, CouncilVote> votes = votesById(e);
        List<AwardDossier.AwardEntry> entries = proposed(e).stream()
                .filter(r -> unit == null || r.getOrganizationCode().equals(unit.strip()))
                .map(r -> entry(r, reports.get(r.getId()), votes.get(r.getId()))).toList();
        if (unit != null && entries.isEmpty()) {
            throw ProblemException.notFound(NO_ENTRY);
        }
        AwardDossier.AwardCouncilMeeting meeting = unit != null ? null
                : dossier.meeting(e.getId()).map(m -> meeting(c, e, m)).orElse(null);
        return new AwardDossier.Documents(c.getCode(), c.getName(), c.getPlanNumber(), c.getFromYear(), c.getToYear(),
                c.getOrganizationCode(), e.getStatus().name(), e.getDecisionNumber(), e.getDecisionDate(), entries, meeting,
                route(c));
    }

    static AwardDossier.Route route(Campaign c) {
        return new AwardDossier.Route(c.getRoute(), c.getProcedure(), c.getGrantingBody(), c.getGrantingSigner());
    }

    /** The units the council voted for (their entries), for the decision; checks the decision may be taken. */
    List<AwardDossier.AwardEntry> awarded(Campaign c, Evaluation e) {
        Map<Long, AchievementReport> accepted = reportsById(e);
        if (route(c).simplified()) {
            // thủ tục đơn giản: no council; the decision takes the units whose summary the check accepted
            List<EvaluationRow> ok = proposed(e).stream().filter(r -> accepted.get(r.getId()) != null
                    && accepted.get(r.getId()).getStatus() == AchievementReport.Status.ACCEPTED).toList();
            AwardDossierRules.checkSimplifiedApprovable(ok.size());
            return ok.stream().map(r -> entry(r, accepted.get(r.getId()), null)).toList();
        }
        Optional<CouncilMeeting> m = dossier.meeting(e.getId());
        Map<Long, CouncilVote> votes = votesById(e);
        List<EvaluationRow> passed = proposed(e).stream().filter(r -> votes.containsKey(r.getId())
                && votes.get(r.getId()).isPassed()).toList();
        AwardDossierRules.checkApprovable(m.isPresent(), passed.size());
        Map<Long, AchievementReport> reports = reportsById(e);
        return passed.stream().map(r -> entry(r, reports.get(r.getId()), votes.get(r.getId()))).toList();
    }

    private AwardDossier.AwardCouncilMeeting meeting(Campaign c, Evaluation e, CouncilMeeting m) {
        Map<Long, AchievementReport> reports = reportsById(e);
        Map<Long, CouncilVote> votes = new HashMap<>();
        m.getVotes().forEach(v -> votes.put(v.getRowId(), v));
        CouncilRules.Settings s = settings();
        return new AwardDossier.AwardCouncilMeeting(c.getCode(), m.getMeetingDate(), m.getPlace(), m.getChair(), m.getSecretary(),
                m.getMembers().stream().map(x -> new AwardDossier.AwardCouncilMember(x.getFullName(), x.getPosition(), x.isPresent())).toList(),
                (int) m.getMembers().stream().filter(CouncilMember::isPresent).count(),
                s.quorumNumerator() + "/" + s.quorumDenominator(), s.approvalPercent(),
                proposed(e).stream().map(r -> entry(r, reports.get(r.getId()), votes.get(r.getId()))).toList(),
                m.getRecordedBy(), m.getRecordedAt());
    }

    private Evaluation proposal(Campaign c) {
        Evaluation e = campaigns.latestEvaluation(c).orElse(null);
        if (e == null || e.getStatus() == Evaluation.Status.DRAFT) {
            throw ProblemException.notFound("Phong trào chưa có đề nghị khen thưởng đã trình.");
        }
        return e;
    }

    private static List<EvaluationRow> proposed(Evaluation e) {
        return e.getRows().stream().filter(r -> "PROPOSED".equals(r.getOutcome())).toList();
    }

    private static EvaluationRow row(Evaluation e, String unit) {
        return proposed(e).stream().filter(r -> unit != null && r.getOrganizationCode().equals(unit.strip())).findFirst()
                .orElseThrow(() -> ProblemException.notFound(NO_ENTRY));
    }

    private Map<Long, AchievementReport> reportsById(Evaluation e) {
        Map<Long, AchievementReport> out = new HashMap<>();
        dossier.reports(e.getId()).forEach(r -> out.put(r.getRowId(), r));
        return out;
    }

    private Map<Long, CouncilVote> votesById(Evaluation e) {
        Map<Long, CouncilVote> out = new HashMap<>();
        dossier.meeting(e.getId()).ifPresent(m -> m.getVotes().forEach(v -> out.put(v.getRowId(), v)));
        return out;
    }

    private static AwardDossier.AwardEntry entry(EvaluationRow r, AchievementReport report, CouncilVote v) {
        List<String> criteria = CampaignJson.checks(r.getChecks()).stream()
                .filter(k -> k.tierName() != null && k.tierName().equals(r.getTierProposed()))
                .map(k -> k.label() + ": " + k.measured() + (k.met() ? " (đạt)" : " (chưa đạt)")).toList();
        return new AwardDossier.AwardEntry(r.getRank(), r.getOrganizationCode(), r.getOrganizationName(), r.getParentName(),
                r.getTierProposed(), r.getTarget(), r.getAdmitted(),
                r.getRatio() == null ? null : VietnameseFormat.percent(r.getRatio()), r.getSummary(), criteria,
                report == null ? AchievementReport.Status.DRAFT.name() : report.getStatus().name(),
                report == null ? null : report.getCharacteristics(), report == null ? null : report.getAchievements(),
                report == null ? null : report.getMeasures(), report == null ? null : report.getSubmittedBy(),
                report == null ? null : report.getSubmittedAt(), report == null ? null : report.getReviewedBy(),
                report == null ? null : report.getReviewedAt(), report == null ? null : report.getReviewNote(),
                v == null ? null : new AwardDossier.AwardVote(v.getTier(), v.getVotesFor(), v.getVotesAgainst(), v.getAbstaining(),
                        v.isSecretBallot(), v.isPassed(), v.getReason()));
    }

    private static String clean(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // free text keeps its paragraphs: NFC, Unix line ends, no blanks at the ends of lines
        String c = VietnameseText.nfc(text).replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \t]+\n", "\n").strip();
        if (c.length() > max) {
            throw new ProblemException(ProblemType.VALIDATION, "Nội dung quá dài.", Map.of(field, "Tối đa " + max + " ký tự"));
        }
        return c;
    }

    private static String required(String text, int max, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Bắt buộc");
            return null;
        }
        String c = VietnameseText.clean(text);
        if (c.length() > max) {
            errors.put(field, "Tối đa " + max + " ký tự");
        }
        return c;
    }
}
