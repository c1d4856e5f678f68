-- training module: course guides (hướng dẫn) with their programme, classes (lớp bồi dưỡng), sessions, learners with
-- their result and certificate, and absences. Organisations are referenced by code and materialised path (copied from
-- the organization module's api, never joined); admissions by id (admission module's api, never joined).

-- Hướng dẫn: "146-HD/BTGTU" = document_no 146 + symbol "HD/BTGTU", stored whole in guide_number (unique).
-- status IN_FORCE or SUPERSEDED; superseded_by_id points at the later guide; the old one stays readable.
CREATE TABLE trn_guide (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    guide_number        VARCHAR(60)   NOT NULL,
    document_no         INTEGER       NOT NULL,
    symbol              VARCHAR(40)   NOT NULL,
    organization_code   VARCHAR(64)   NOT NULL,
    org_path            VARCHAR(600)  NOT NULL,
    parent_issuer       VARCHAR(200)  NOT NULL,
    issuer              VARCHAR(200)  NOT NULL,
    place               VARCHAR(100)  NOT NULL,
    issued_on           DATE          NOT NULL,
    title               VARCHAR(500)  NOT NULL,
    course_type         VARCHAR(20)   NOT NULL,
    duration_days       INTEGER       NOT NULL,
    purpose             VARCHAR(4000),
    organisation_text   VARCHAR(4000),
    responsibilities    VARCHAR(4000),
    assessment          VARCHAR(2000),
    grading             VARCHAR(1000),
    certificate_rules   VARCHAR(2000),
    signer_title        VARCHAR(200),
    signer_name         VARCHAR(200),
    reconstructed       BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    superseded_by_id    BIGINT,
    superseded_on       DATE,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    version             INTEGER       NOT NULL,
    CONSTRAINT uq_trn_guide_number UNIQUE (guide_number),
    CONSTRAINT ck_trn_guide_duration CHECK (duration_days > 0)
);
CREATE INDEX ix_trn_guide_type ON trn_guide (course_type, issued_on);

-- Đối tượng: PRIVATE_SECTOR (khu vực kinh tế tư nhân), PUPILS_STUDENTS (học sinh, sinh viên), GENERAL.
CREATE TABLE trn_guide_audience (
    guide_id BIGINT      NOT NULL,
    audience VARCHAR(30) NOT NULL,
    CONSTRAINT fk_trn_audience_guide FOREIGN KEY (guide_id) REFERENCES trn_guide (id)
);
CREATE INDEX ix_trn_audience_guide ON trn_guide_audience (guide_id);

-- Chương trình: ordered topics (chuyên đề) with their periods (tiết) and form LECTURE / DISCUSSION / FIELD_VISIT.
CREATE TABLE trn_guide_topic (
    guide_id    BIGINT       NOT NULL,
    topic_order INTEGER      NOT NULL,
    title       VARCHAR(500) NOT NULL,
    periods     INTEGER      NOT NULL,
    form        VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_trn_topic_guide FOREIGN KEY (guide_id) REFERENCES trn_guide (id),
    CONSTRAINT uq_trn_topic UNIQUE (guide_id, topic_order),
    CONSTRAINT ck_trn_topic_periods CHECK (periods > 0)
);

-- Lớp: organised by a political centre (organiser_name) under a committee (organization_code/org_path), following a
-- guide; course_year = year of start_date (for GROUP BY). status OPEN or CLOSED.
CREATE TABLE trn_class (
    id                BIGINT       NOT NULL PRIMARY KEY,
    guide_id          BIGINT       NOT NULL,
    course_type       VARCHAR(20)  NOT NULL,
    audience          VARCHAR(30)  NOT NULL,
    organization_code VARCHAR(64)  NOT NULL,
    org_path          VARCHAR(600) NOT NULL,
    organiser_name    VARCHAR(300) NOT NULL,
    course_number     VARCHAR(100) NOT NULL,
    course_year       INTEGER      NOT NULL,
    start_date        DATE         NOT NULL,
    end_date          DATE         NOT NULL,
    place             VARCHAR(300) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT fk_trn_class_guide FOREIGN KEY (guide_id) REFERENCES trn_guide (id),
    CONSTRAINT ck_trn_class_dates CHECK (end_date >= start_date)
);
CREATE INDEX ix_trn_class_path_year ON trn_class (org_path, course_year);
CREATE INDEX ix_trn_class_guide ON trn_class (guide_id);

-- Buổi học: a date and (optionally) the guide topic taught (topic_order of trn_guide_topic).
CREATE TABLE trn_session (
    id           BIGINT       NOT NULL PRIMARY KEY,
    class_id     BIGINT       NOT NULL,
    session_date DATE         NOT NULL,
    topic_order  INTEGER,
    note         VARCHAR(300),
    CONSTRAINT fk_trn_session_class FOREIGN KEY (class_id) REFERENCES trn_class (id)
);
CREATE INDEX ix_trn_session_class ON trn_session (class_id);

-- Học viên: a candidate (AWARENESS: nominating organisation) or a probationary member (NEW_MEMBER: admission_id).
-- Result on the row: score 0–10 with one decimal and grade GIOI / KHA / TRUNG_BINH / KHONG_DAT (null: no result yet).
-- Certificate on the row: number (unique over all classes), issue date, form (CN-NTVĐ for awareness courses).
CREATE TABLE trn_learner (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    class_id                 BIGINT       NOT NULL,
    full_name                VARCHAR(200) NOT NULL,
    name_folded              VARCHAR(200) NOT NULL,
    birth_date               DATE         NOT NULL,
    gender                   VARCHAR(10)  NOT NULL,
    ethnicity_code           VARCHAR(4)   NOT NULL,
    religion                 VARCHAR(100),
    nominating_org_code      VARCHAR(64)  NOT NULL,
    nominating_org_path      VARCHAR(600) NOT NULL,
    nominating_org_name      VARCHAR(300) NOT NULL,
    admission_id             BIGINT,
    score                    DECIMAL(3, 1),
    grade                    VARCHAR(20),
    certificate_number       VARCHAR(60),
    certificate_issued_on    DATE,
    certificate_form         VARCHAR(20),
    created_at               TIMESTAMP    NOT NULL,
    updated_at               TIMESTAMP    NOT NULL,
    version                  INTEGER      NOT NULL,
    CONSTRAINT fk_trn_learner_class FOREIGN KEY (class_id) REFERENCES trn_class (id),
    CONSTRAINT uq_trn_certificate UNIQUE (certificate_number),
    CONSTRAINT ck_trn_score CHECK (score IS NULL OR (score >= 0 AND score <= 10))
);
CREATE INDEX ix_trn_learner_class ON trn_learner (class_id);
CREATE INDEX ix_trn_learner_person ON trn_learner (name_folded, birth_date);
CREATE INDEX ix_trn_learner_admission ON trn_learner (admission_id);
CREATE INDEX ix_trn_learner_nominating ON trn_learner (nominating_org_path);

-- Vắng: absences per session (present by default).
CREATE TABLE trn_absence (
    id         BIGINT NOT NULL PRIMARY KEY,
    class_id   BIGINT NOT NULL,
    learner_id BIGINT NOT NULL,
    session_id BIGINT NOT NULL,
    CONSTRAINT fk_trn_absence_learner FOREIGN KEY (learner_id) REFERENCES trn_learner (id),
    CONSTRAINT fk_trn_absence_session FOREIGN KEY (session_id) REFERENCES trn_session (id),
    CONSTRAINT uq_trn_absence UNIQUE (learner_id, session_id)
);
CREATE INDEX ix_trn_absence_class ON trn_absence (class_id);

INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('trn_guide', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('trn_class', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('trn_session', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('trn_learner', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('trn_absence', 0);

-- admission: the awareness-course certificate the admission was checked against (VERIFIED) or admitted without
-- (OVERRIDDEN, with the reason), and the new-member course certificate recorded by the training module.
ALTER TABLE adm_admission ADD COLUMN awareness_cert_number VARCHAR(60);
ALTER TABLE adm_admission ADD COLUMN awareness_cert_issued_on DATE;
ALTER TABLE adm_admission ADD COLUMN awareness_cert_status VARCHAR(20);
ALTER TABLE adm_admission ADD COLUMN cert_override_reason VARCHAR(1000);
ALTER TABLE adm_admission ADD COLUMN new_member_cert_number VARCHAR(60);
ALTER TABLE adm_admission ADD COLUMN new_member_cert_issued_on DATE;
CREATE INDEX ix_adm_cert_status ON adm_admission (awareness_cert_status);
