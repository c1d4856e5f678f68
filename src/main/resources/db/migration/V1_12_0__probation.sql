-- Probation and recognition (issue #16 item 2): for an admission, the cell's consideration at the end of the 12-month
-- probation (resolution date, votes for out of the official members, the written explanation when late), then the
-- committee's decision (number, date) and its outcome: recognised as an official member from the end of the
-- probation, or removed from the list (xóa tên) with a reason. One row per admission, written once decided.
CREATE TABLE adm_probation (
    admission_id       BIGINT        NOT NULL PRIMARY KEY,
    consideration_date DATE          NOT NULL,
    votes_for          INTEGER       NOT NULL,
    official_members   INTEGER       NOT NULL,
    explanation        VARCHAR(1000),
    decision_number    VARCHAR(60),
    decision_date      DATE,
    outcome            VARCHAR(20),
    removal_reason     VARCHAR(1000),
    official_from      DATE,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    version            INTEGER       NOT NULL,
    CONSTRAINT fk_probation_admission FOREIGN KEY (admission_id) REFERENCES adm_admission (id),
    CONSTRAINT ck_probation_outcome CHECK (outcome IS NULL OR outcome IN ('RECOGNISED', 'REMOVED')),
    CONSTRAINT ck_probation_votes CHECK (votes_for >= 0 AND official_members >= 1 AND votes_for <= official_members)
);
CREATE INDEX ix_probation_outcome ON adm_probation (outcome, decision_date);
-- the worklists read the active admissions of a subtree by the end of their probation
CREATE INDEX ix_admission_probation_end ON adm_admission (org_root, status, probation_end);
