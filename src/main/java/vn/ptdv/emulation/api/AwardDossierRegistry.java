package vn.ptdv.emulation.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The award dossier's writes for loaders (the demo's completed dossiers), each as a user's would be: checked, audited,
 * one transaction per call; the caller needs the emulation permissions over the campaign's issuer.
 */
public interface AwardDossierRegistry {

    /** Bình xét and trình: evaluates the campaign, submits its proposal; the proposed units in rank order. */
    List<ProposedUnit> evaluateAndSubmit(String campaign);

    /** The unit's báo cáo thành tích written and submitted (locked until the check). */
    void submitReport(String campaign, String unit, ReportSections sections);

    /** Thẩm định: accepted, or returned to the unit with the reason. */
    void review(String campaign, String unit, boolean accepted, String reason);

    /** The council's meeting with its members and one vote per proposed unit. */
    void recordMeeting(String campaign, Meeting meeting);

    /** The proposal approved under its award decision issued in the register (report {@code award-decision}). */
    void approve(String campaign, String note);

    /** A proposed unit as the evaluation ranked it. */
    record ProposedUnit(int rank, String organizationCode, String organizationName, String tier, Integer target,
                        long admitted, String ratioText) {
    }

    /** The three sections a unit writes: đặc điểm tình hình, thành tích khác, biện pháp. */
    record ReportSections(String characteristics, String achievements, String measures) {
    }

    /** A member of the council: name, position, present or not. */
    record Member(String fullName, String position, boolean present) {
    }

    /** A vote: for, against, abstaining, by secret ballot or by show of hands. */
    record Ballot(String organizationCode, int votesFor, int votesAgainst, int abstaining, boolean secretBallot) {
    }

    /** The meeting: when, where, who chaired and kept the minutes, the members, the votes. */
    record Meeting(LocalDate date, String place, String chair, String secretary, List<Member> members,
                   List<Ballot> votes) {
    }
}
