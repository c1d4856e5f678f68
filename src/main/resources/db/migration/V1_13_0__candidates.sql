-- Candidates (issue #16 item 1): quần chúng ưu tú proposed by a cell, with the attributes an admission needs, the
-- party members assigned to help, and the path: cảm tình Đảng (POOL) → học lớp nhận thức (AWARENESS, the certificate)
-- → hồ sơ (DOSSIER: each step with its date, the cell's resolution with its votes) → kết nạp (ADMITTED, the admission)
-- or dừng (STOPPED, with a reason).
CREATE TABLE adm_candidate (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    full_name                  VARCHAR(200)  NOT NULL,
    name_folded                VARCHAR(200)  NOT NULL,
    gender                     VARCHAR(10)   NOT NULL,
    birth_date                 DATE          NOT NULL,
    ethnicity_code             VARCHAR(4)    NOT NULL,
    religion                   VARCHAR(100),
    general_education          VARCHAR(20)   NOT NULL,
    professional_qualification VARCHAR(20)   NOT NULL,
    occupation                 VARCHAR(30)   NOT NULL,
    youth_union_member         BOOLEAN       NOT NULL,
    organization_id            BIGINT        NOT NULL,
    organization_code          VARCHAR(64)   NOT NULL,
    org_path                   VARCHAR(600)  NOT NULL,
    org_root                   VARCHAR(9)    NOT NULL,
    added_on                   DATE          NOT NULL,
    helpers                    VARCHAR(400),
    state                      VARCHAR(20)   NOT NULL,
    awareness_cert_number      VARCHAR(60),
    awareness_override         VARCHAR(1000),
    application_on             DATE,
    background_on              DATE,
    verified_on                DATE,
    introduced_on              DATE,
    mass_opinion_on            DATE,
    cell_resolution_on         DATE,
    cell_votes_for             INTEGER,
    cell_official_members      INTEGER,
    committee_resolution_on    DATE,
    admission_id               BIGINT,
    stopped_on                 DATE,
    stop_reason                VARCHAR(1000),
    created_at                 TIMESTAMP     NOT NULL,
    updated_at                 TIMESTAMP     NOT NULL,
    version                    INTEGER       NOT NULL,
    CONSTRAINT ck_candidate_state CHECK (state IN ('POOL', 'AWARENESS', 'DOSSIER', 'ADMITTED', 'STOPPED')),
    CONSTRAINT fk_candidate_admission FOREIGN KEY (admission_id) REFERENCES adm_admission (id)
);
CREATE INDEX ix_candidate_scope ON adm_candidate (org_root, state, org_path);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('candidate', 0);
