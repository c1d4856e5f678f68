-- The award dossier of a submitted proposal (issue #19): each proposed unit's achievement report (báo cáo thành tích)
-- with the checking step (thẩm định) of the level above, and the emulation council's meeting with its votes.

-- One proposed unit's report: free-text sections the unit completes beside the figures PTDV drafts; DRAFT and RETURNED
-- are editable, SUBMITTED is locked until the check ACCEPTS it or RETURNS it with a reason.
CREATE TABLE emu_achievement_report (
    row_id          BIGINT         NOT NULL PRIMARY KEY,
    evaluation_id   BIGINT         NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    characteristics VARCHAR(4000),
    achievements    VARCHAR(8000),
    measures        VARCHAR(4000),
    submitted_by    VARCHAR(64),
    submitted_at    TIMESTAMP,
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMP,
    review_note     VARCHAR(1000),
    updated_by      VARCHAR(64)    NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    version         INTEGER        NOT NULL,
    CONSTRAINT fk_emu_report_row FOREIGN KEY (row_id) REFERENCES emu_evaluation_row (id),
    CONSTRAINT fk_emu_report_eval FOREIGN KEY (evaluation_id) REFERENCES emu_evaluation (id),
    CONSTRAINT ck_emu_report_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'))
);
CREATE INDEX ix_emu_report_eval ON emu_achievement_report (evaluation_id);

-- Họp Hội đồng Thi đua – Khen thưởng on a proposal: one meeting per evaluation, its members and its votes.
CREATE TABLE emu_council_meeting (
    evaluation_id   BIGINT         NOT NULL PRIMARY KEY,
    meeting_date    DATE           NOT NULL,
    place           VARCHAR(300)   NOT NULL,
    chair           VARCHAR(200)   NOT NULL,
    secretary       VARCHAR(200)   NOT NULL,
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL,
    version         INTEGER        NOT NULL,
    CONSTRAINT fk_emu_meeting_eval FOREIGN KEY (evaluation_id) REFERENCES emu_evaluation (id)
);

CREATE TABLE emu_council_member (
    evaluation_id   BIGINT         NOT NULL,
    ordinal         INTEGER        NOT NULL,
    full_name       VARCHAR(200)   NOT NULL,
    position        VARCHAR(300)   NOT NULL,
    present         BOOLEAN        NOT NULL,
    CONSTRAINT pk_emu_council_member PRIMARY KEY (evaluation_id, ordinal),
    CONSTRAINT fk_emu_member_meeting FOREIGN KEY (evaluation_id) REFERENCES emu_council_meeting (evaluation_id)
);

-- The vote on one proposed unit and its tier: for, against, abstaining among the members present; passed by the
-- configured majority, or refused with the reason printed in the minutes.
CREATE TABLE emu_council_vote (
    evaluation_id   BIGINT         NOT NULL,
    row_id          BIGINT         NOT NULL,
    tier            VARCHAR(300)   NOT NULL,
    votes_for       INTEGER        NOT NULL,
    votes_against   INTEGER        NOT NULL,
    abstaining      INTEGER        NOT NULL,
    secret_ballot   BOOLEAN        NOT NULL,
    passed          BOOLEAN        NOT NULL,
    reason          VARCHAR(500),
    CONSTRAINT pk_emu_council_vote PRIMARY KEY (evaluation_id, row_id),
    CONSTRAINT fk_emu_vote_meeting FOREIGN KEY (evaluation_id) REFERENCES emu_council_meeting (evaluation_id),
    CONSTRAINT fk_emu_vote_row FOREIGN KEY (row_id) REFERENCES emu_evaluation_row (id),
    CONSTRAINT ck_emu_vote_counts CHECK (votes_for >= 0 AND votes_against >= 0 AND abstaining >= 0)
);
