-- admission module: registered targets, term targets and admission records.
-- Organisations are referenced by id, code and materialised path (copied from the organization module's api, never
-- joined): the path of an organisation record never changes, so subtree filters are prefix matches on this table.
CREATE TABLE adm_target (
    id                BIGINT      NOT NULL PRIMARY KEY,
    organization_id   BIGINT      NOT NULL,
    organization_code VARCHAR(64) NOT NULL,
    org_path          VARCHAR(600) NOT NULL,
    target_year       INTEGER     NOT NULL,
    admissions        INTEGER     NOT NULL,
    status            VARCHAR(20) NOT NULL,
    registered_at     TIMESTAMP   NOT NULL,
    updated_at        TIMESTAMP   NOT NULL,
    version           INTEGER     NOT NULL,
    CONSTRAINT uq_target_org_year UNIQUE (organization_id, target_year),
    CONSTRAINT ck_target_admissions CHECK (admissions >= 0)
);
CREATE INDEX ix_target_path_year ON adm_target (org_path, target_year);

-- Every registration and change of a target (registered, adjusted, approved), for audit of "vượt chỉ tiêu".
CREATE TABLE adm_target_event (
    id          BIGINT      NOT NULL PRIMARY KEY,
    target_id   BIGINT      NOT NULL,
    event_type  VARCHAR(20) NOT NULL,
    admissions  INTEGER     NOT NULL,
    occurred_at TIMESTAMP   NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT fk_target_event FOREIGN KEY (target_id) REFERENCES adm_target (id)
);

-- Targets over a term (e.g. 2020–2025).
CREATE TABLE adm_term_target (
    id                BIGINT      NOT NULL PRIMARY KEY,
    organization_id   BIGINT      NOT NULL,
    organization_code VARCHAR(64) NOT NULL,
    org_path          VARCHAR(600) NOT NULL,
    from_year         INTEGER     NOT NULL,
    to_year           INTEGER     NOT NULL,
    admissions        INTEGER     NOT NULL,
    updated_at        TIMESTAMP   NOT NULL,
    version           INTEGER     NOT NULL,
    CONSTRAINT uq_term_target UNIQUE (organization_id, from_year, to_year),
    CONSTRAINT ck_term_years CHECK (to_year >= from_year),
    CONSTRAINT ck_term_admissions CHECK (admissions >= 0)
);

CREATE TABLE adm_admission (
    id                         BIGINT       NOT NULL PRIMARY KEY,
    full_name                  VARCHAR(200) NOT NULL,
    name_folded                VARCHAR(200) NOT NULL,
    gender                     VARCHAR(10)  NOT NULL,
    birth_date                 DATE         NOT NULL,
    ethnicity_code             VARCHAR(4)   NOT NULL,
    minority                   BOOLEAN      NOT NULL,
    religion                   VARCHAR(100),
    general_education          VARCHAR(20)  NOT NULL,
    professional_qualification VARCHAR(20)  NOT NULL,
    political_theory           VARCHAR(20)  NOT NULL,
    occupation                 VARCHAR(30)  NOT NULL,
    youth_union_member         BOOLEAN      NOT NULL,
    organization_id            BIGINT       NOT NULL,
    organization_code          VARCHAR(64)  NOT NULL,
    org_path                   VARCHAR(600) NOT NULL,
    decision_number            VARCHAR(60)  NOT NULL,
    decision_date              DATE         NOT NULL,
    ceremony_date              DATE,
    probation_end              DATE,
    older_applicant_exception  BOOLEAN      NOT NULL,
    education_area_exception   BOOLEAN      NOT NULL,
    status                     VARCHAR(20)  NOT NULL,
    version                    INTEGER      NOT NULL,
    created_at                 TIMESTAMP    NOT NULL,
    updated_at                 TIMESTAMP    NOT NULL
);
CREATE INDEX ix_adm_path_date ON adm_admission (org_path, decision_date);
CREATE INDEX ix_adm_decision_date ON adm_admission (decision_date);
CREATE INDEX ix_adm_decision_number ON adm_admission (decision_number);
CREATE INDEX ix_adm_org ON adm_admission (organization_id);

-- History of an admission record: created, corrected, withdrawn; with the reason and a snapshot of the values.
CREATE TABLE adm_admission_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    admission_id BIGINT       NOT NULL,
    event_type   VARCHAR(20)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL,
    reason       VARCHAR(1000),
    snapshot     VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_adm_event FOREIGN KEY (admission_id) REFERENCES adm_admission (id)
);
CREATE INDEX ix_adm_event_adm ON adm_admission_event (admission_id);
