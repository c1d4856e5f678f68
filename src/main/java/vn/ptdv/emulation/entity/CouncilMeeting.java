package vn.ptdv.emulation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Họp Hội đồng Thi đua – Khen thưởng on one submitted proposal: when and where, who chaired and kept the minutes, the
 * members (present or not) and the vote on each proposed unit and its tier. Recorded again (replaced) until the
 * proposal is decided.
 */
@Entity
@Table(name = "emu_council_meeting")
public class CouncilMeeting {

    @Id
    @Column(name = "evaluation_id")
    private Long evaluationId;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(nullable = false, length = 300)
    private String place;
    @Column(nullable = false, length = 200)
    private String chair;
    @Column(nullable = false, length = 200)
    private String secretary;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "emu_council_member", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "ordinal")
    private List<CouncilMember> members = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "emu_council_vote", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<CouncilVote> votes = new ArrayList<>();
    @Version
    private int version;

    protected CouncilMeeting() {
    }

    public CouncilMeeting(long evaluationId) {
        this.evaluationId = evaluationId;
    }

    /** Records (or records again) the meeting: every field and list replaced. */
    public void record(LocalDate date, String place, String chair, String secretary, List<CouncilMember> members, List<CouncilVote> votes,
                       String by) {
        this.meetingDate = date;
        this.place = place;
        this.chair = chair;
        this.secretary = secretary;
        this.members.clear();
        this.members.addAll(members);
        this.votes.clear();
        this.votes.addAll(votes);
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getPlace() {
        return place;
    }

    public String getChair() {
        return chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<CouncilMember> getMembers() {
        return List.copyOf(members);
    }

    public List<CouncilVote> getVotes() {
        return List.copyOf(votes);
    }
}
