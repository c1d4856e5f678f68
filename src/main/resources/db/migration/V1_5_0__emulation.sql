-- emulation module: thematic emulation campaigns (phong trào thi đua chuyên đề), award tiers with their criteria as
-- data, quality ratings and disciplinary actions of organisations, stored evaluations and the award proposal.
-- Organisations are referenced by code and materialised path (from the organization module's api), never joined.
CREATE TABLE emu_campaign (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(64)  NOT NULL,
    organization_code   VARCHAR(64)  NOT NULL,
    org_path            VARCHAR(600) NOT NULL,
    plan_number         VARCHAR(60)  NOT NULL,
    name                VARCHAR(500) NOT NULL,
    from_year           INTEGER      NOT NULL,
    to_year             INTEGER      NOT NULL,
    participant_root    VARCHAR(64)  NOT NULL,
    definition_version  INTEGER      NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    version             INTEGER      NOT NULL,
    CONSTRAINT uq_emu_campaign_code UNIQUE (code),
    CONSTRAINT ck_emu_campaign_years CHECK (to_year >= from_year)
);
CREATE INDEX ix_emu_campaign_path ON emu_campaign (org_path);

-- The organisation kinds that take part (e.g. GRASSROOTS_COMMITTEE and CELL).
CREATE TABLE emu_campaign_kind (
    campaign_id BIGINT      NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    CONSTRAINT fk_emu_kind_campaign FOREIGN KEY (campaign_id) REFERENCES emu_campaign (id)
);

-- Award tiers (hình thức khen thưởng), highest first, with a quota (null: no limit).
CREATE TABLE emu_award_tier (
    id          BIGINT       NOT NULL PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    tier_order  INTEGER      NOT NULL,
    name        VARCHAR(300) NOT NULL,
    quota       INTEGER,
    CONSTRAINT fk_emu_tier_campaign FOREIGN KEY (campaign_id) REFERENCES emu_campaign (id),
    CONSTRAINT ck_emu_tier_quota CHECK (quota IS NULL OR quota >= 0)
);

-- Criteria of a tier: a type and its parameters as a JSON object, e.g. {"percent":120}.
CREATE TABLE emu_criterion (
    tier_id        BIGINT        NOT NULL,
    criterion_order INTEGER      NOT NULL,
    criterion_type VARCHAR(40)   NOT NULL,
    parameters     VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_emu_criterion_tier FOREIGN KEY (tier_id) REFERENCES emu_award_tier (id)
);

-- Đánh giá, xếp loại chất lượng tổ chức đảng: one rating per organisation code and year.
CREATE TABLE emu_quality_rating (
    id                BIGINT       NOT NULL PRIMARY KEY,
    organization_code VARCHAR(64)  NOT NULL,
    org_path          VARCHAR(600) NOT NULL,
    rating_year       INTEGER      NOT NULL,
    rating            VARCHAR(30)  NOT NULL,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       TIMESTAMP    NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT uq_emu_rating UNIQUE (organization_code, rating_year)
);

-- Kỷ luật tổ chức đảng: disciplinary actions against an organisation.
CREATE TABLE emu_discipline (
    id                BIGINT       NOT NULL PRIMARY KEY,
    organization_code VARCHAR(64)  NOT NULL,
    org_path          VARCHAR(600) NOT NULL,
    action_date       DATE         NOT NULL,
    action_form       VARCHAR(100) NOT NULL,
    decision_number   VARCHAR(60),
    reason            VARCHAR(1000),
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       TIMESTAMP    NOT NULL
);
CREATE INDEX ix_emu_discipline_code ON emu_discipline (organization_code, action_date);

-- One run of the evaluation, with the campaign definition version it used, and the proposal workflow on it.
CREATE TABLE emu_evaluation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL,
    campaign_version INTEGER       NOT NULL,
    evaluated_at     TIMESTAMP     NOT NULL,
    evaluated_by     VARCHAR(64)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    submitted_by     VARCHAR(64),
    submitted_at     TIMESTAMP,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP,
    decision_number  VARCHAR(60),
    decision_date    DATE,
    decision_note    VARCHAR(1000),
    version          INTEGER       NOT NULL,
    CONSTRAINT fk_emu_eval_campaign FOREIGN KEY (campaign_id) REFERENCES emu_campaign (id)
);
CREATE INDEX ix_emu_eval_campaign ON emu_evaluation (campaign_id, evaluated_at);

-- One participant of an evaluation: figures, ranking, tier reached and proposed, reasons, and each criterion's check
-- (a JSON array: tier, type, measured value, threshold, met, reason).
CREATE TABLE emu_evaluation_row (
    id                BIGINT        NOT NULL PRIMARY KEY,
    evaluation_id     BIGINT        NOT NULL,
    rank_no           INTEGER       NOT NULL,
    organization_code VARCHAR(64)   NOT NULL,
    organization_name VARCHAR(300)  NOT NULL,
    parent_name       VARCHAR(300),
    target_admissions INTEGER,
    admitted          BIGINT        NOT NULL,
    ratio             DECIMAL(9, 1),
    tier_reached      VARCHAR(300),
    tier_proposed     VARCHAR(300),
    outcome           VARCHAR(20)   NOT NULL,
    summary           VARCHAR(2000) NOT NULL,
    checks            VARCHAR(16000) NOT NULL,
    CONSTRAINT fk_emu_row_eval FOREIGN KEY (evaluation_id) REFERENCES emu_evaluation (id)
);
CREATE INDEX ix_emu_row_eval ON emu_evaluation_row (evaluation_id, rank_no);

INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('emu_campaign', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('emu_award_tier', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('emu_quality_rating', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('emu_discipline', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('emu_evaluation', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('emu_evaluation_row', 0);
