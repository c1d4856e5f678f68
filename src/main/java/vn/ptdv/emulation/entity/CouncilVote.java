package vn.ptdv.emulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The vote on one proposed unit (its evaluation row) for its tier, and its result. */
@Embeddable
public class CouncilVote {
    @Column(name = "row_id", nullable = false)
    private long rowId;
    @Column(nullable = false, length = 300)
    private String tier;
    @Column(name = "votes_for", nullable = false)
    private int votesFor;
    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;
    @Column(nullable = false)
    private int abstaining;
    @Column(name = "secret_ballot", nullable = false)
    private boolean secretBallot;
    @Column(nullable = false)
    private boolean passed;
    @Column(length = 500)
    private String reason;

    protected CouncilVote() {
    }

    public CouncilVote(long rowId, String tier, int votesFor, int votesAgainst, int abstaining, boolean secretBallot,
                boolean passed, String reason) {
        this.rowId = rowId;
        this.tier = tier;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstaining = abstaining;
        this.secretBallot = secretBallot;
        this.passed = passed;
        this.reason = reason;
    }

    public long getRowId() {
        return rowId;
    }

    public String getTier() {
        return tier;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getAbstaining() {
        return abstaining;
    }

    public boolean isSecretBallot() {
        return secretBallot;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReason() {
        return reason;
    }
}
