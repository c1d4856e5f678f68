-- document module (issue #18): the register of issued documents (sổ đăng ký văn bản đi). Each issuer numbers its
-- documents per year and kind from 1 (BC, TTr, QĐ, … of Hướng dẫn 36-HD/VPTW); an issued document keeps its bytes
-- forever, is replaced (never deleted) by a corrected one, or withdrawn with a reason. ${blob} is BLOB on Derby and
-- BYTEA on PostgreSQL (DatabaseLifecycle).

-- The last number given per issuer, year and kind: issuing updates its row first (the row lock orders concurrent
-- issues) and stores the document in the same transaction, so numbers have neither gaps nor duplicates.
CREATE TABLE doc_counter (
    issuer       VARCHAR(64)   NOT NULL,
    doc_year     INTEGER       NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    last_number  INTEGER       NOT NULL,
    CONSTRAINT pk_doc_counter PRIMARY KEY (issuer, doc_year, kind)
);

CREATE TABLE doc_document (
    id              BIGINT         NOT NULL PRIMARY KEY,
    number          INTEGER        NOT NULL,
    symbol          VARCHAR(60)    NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    issuer          VARCHAR(64)    NOT NULL,
    org_code        VARCHAR(64)    NOT NULL,
    org_path        VARCHAR(400)   NOT NULL,
    doc_year        INTEGER        NOT NULL,
    issued_on       DATE           NOT NULL,
    summary         VARCHAR(1000)  NOT NULL,
    report_id       VARCHAR(64)    NOT NULL,
    parameters      VARCHAR(4000)  NOT NULL,
    format          VARCHAR(10)    NOT NULL,
    file_name       VARCHAR(200)   NOT NULL,
    file_size       BIGINT         NOT NULL,
    sha256          VARCHAR(64)    NOT NULL,
    signed          BOOLEAN        NOT NULL,
    signer          VARCHAR(300),
    replaces_id     BIGINT,
    replaced_by_id  BIGINT,
    withdrawn       BOOLEAN        NOT NULL,
    withdrawn_at    TIMESTAMP,
    withdrawn_by    VARCHAR(64),
    withdrawal_reason VARCHAR(1000),
    created_by      VARCHAR(64)    NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    version         INTEGER        NOT NULL,
    CONSTRAINT uq_doc_document_number UNIQUE (issuer, doc_year, kind, number),
    CONSTRAINT fk_doc_document_replaces FOREIGN KEY (replaces_id) REFERENCES doc_document (id),
    CONSTRAINT fk_doc_document_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES doc_document (id)
);
CREATE INDEX ix_doc_document_sha256 ON doc_document (sha256);
CREATE INDEX ix_doc_document_report ON doc_document (report_id, issued_on);
CREATE INDEX ix_doc_document_path ON doc_document (org_path);

CREATE TABLE doc_document_file (
    document_id  BIGINT    NOT NULL PRIMARY KEY,
    bytes        ${blob}   NOT NULL,
    CONSTRAINT fk_doc_document_file FOREIGN KEY (document_id) REFERENCES doc_document (id)
);

INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('doc_document', 0);
