package vn.ptdv.emulation.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the award dossier's API answers: the entries of a submitted proposal and the council's meeting. */
public final class AwardDossier {

    private AwardDossier() {
    }

    /**
     * One proposed unit: the figures PTDV drafts its báo cáo thành tích from (its evaluation row), the sections the
     * unit writes, the report's state and the check, and the council's vote once recorded.
     */
    public record AwardEntry(int rank, String organizationCode, String organizationName, String parentName, String tier,
                        Integer target, long admitted, String ratioText, String summary, List<String> criteria,
                        String status, String characteristics, String achievements, String measures,
                        String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewNote,
                        AwardVote vote) {
    }

    /** The council's vote on an entry. */
    public record AwardVote(String tier, int votesFor, int votesAgainst, int abstaining, boolean secretBallot, boolean passed,
                       String reason) {
    }

    /** A member of the council at the meeting. */
    public record AwardCouncilMember(String fullName, String position, boolean present) {
    }

    /** The meeting: when, where, who chaired and kept the minutes, members, the rules applied, the votes by unit. */
    public record AwardCouncilMeeting(String campaign, LocalDate meetingDate, String place, String chair, String secretary,
                          List<AwardCouncilMember> members, int present, String quorum, int approvalPercent, List<AwardEntry> entries,
                          String recordedBy, Instant recordedAt) {
    }

    /** The unit's sections of its report. */
    public record AwardReportSections(String characteristics, String achievements, String measures) {
    }

    /** A vote as asked: the unit, its three counts, by secret ballot or not. */
    public record AwardBallot(String organizationCode, Integer votesFor, Integer votesAgainst, Integer abstaining,
                         Boolean secretBallot) {
    }

    /** A meeting as asked. */
    public record AwardNewMeeting(LocalDate meetingDate, String place, String chair, String secretary, List<AwardCouncilMember> members,
                             List<AwardBallot> votes) {
    }

    /**
     * What the dossier's documents print: the campaign, the proposal's state and decision, the entries, the meeting
     * (null before it is recorded).
     */
    public record Documents(String campaignCode, String campaignName, String planNumber, int fromYear, int toYear,
                            String issuerCode, String proposalStatus, String decisionNumber, LocalDate decisionDate,
                            List<AwardEntry> entries, AwardCouncilMeeting meeting, Route route) {

        /** The entries the council voted for; under the simplified procedure, those whose summary was accepted. */
        public List<AwardEntry> awarded() {
            return route.simplified() ? entries.stream().filter(e -> "ACCEPTED".equals(e.status())).toList()
                    : entries.stream().filter(e -> e.vote() != null && e.vote().passed()).toList();
        }
    }

    /**
     * Tuyến và thủ tục khen thưởng of a campaign as the dossier applies them.
     *
     * @param route          PARTY or STATE
     * @param procedure      FULL or SIMPLIFIED
     * @param grantingBody   the state route's awarding authority ("Ủy ban nhân dân tỉnh Lào Cai"); null on the party route
     * @param grantingSigner the name of its Chủ tịch, or null
     */
    public record Route(String route, String procedure, String grantingBody, String grantingSigner) {

        public boolean state() {
            return "STATE".equals(route);
        }

        public boolean simplified() {
            return "SIMPLIFIED".equals(procedure);
        }

        /** "Khen thưởng Nhà nước, thủ tục đơn giản" — the route as the pages and documents name it. */
        public String label() {
            return (state() ? "Khen thưởng Nhà nước (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP)"
                    : "Khen thưởng trong Đảng (Hướng dẫn 12-HD/BTCTW)") + ", " + (simplified() ? "thủ tục đơn giản" : "thủ tục đầy đủ");
        }
    }
}
