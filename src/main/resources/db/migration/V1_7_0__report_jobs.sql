-- reporting module: asynchronous report jobs. State and result live in the database so that any instance behind the
-- load balancer can answer the status and serve the file. The file is stored in chunks of at most 1 MiB: written
-- and read one chunk per statement, it never sits whole in memory (PostgreSQL's bytea is not streamed by the driver,
-- Derby's BLOB only inside its transaction). ${blob} is BLOB on Derby and BYTEA on PostgreSQL (DatabaseLifecycle).
CREATE TABLE rpt_job (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner            VARCHAR(64)   NOT NULL,
    report_id        VARCHAR(64)   NOT NULL,
    parameters       VARCHAR(2000),
    format           VARCHAR(10)   NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    pages_rendered   INTEGER       NOT NULL,
    estimated_rows   BIGINT        NOT NULL,
    node             VARCHAR(200)  NOT NULL,
    cancel_requested BOOLEAN       NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    started_at       TIMESTAMP,
    finished_at      TIMESTAMP,
    expires_at       TIMESTAMP,
    file_name        VARCHAR(200)  NOT NULL,
    display_name     VARCHAR(400)  NOT NULL,
    file_size        BIGINT,
    chunks           INTEGER       NOT NULL,
    error            VARCHAR(1000),
    version          INTEGER       NOT NULL
);
CREATE INDEX ix_rpt_job_owner ON rpt_job (owner, created_at);
CREATE INDEX ix_rpt_job_state ON rpt_job (state, expires_at);

CREATE TABLE rpt_job_chunk (
    job_id   VARCHAR(36) NOT NULL,
    chunk_no INTEGER     NOT NULL,
    data     ${blob}     NOT NULL,
    CONSTRAINT pk_rpt_job_chunk PRIMARY KEY (job_id, chunk_no),
    CONSTRAINT fk_rpt_job_chunk FOREIGN KEY (job_id) REFERENCES rpt_job (id)
);
