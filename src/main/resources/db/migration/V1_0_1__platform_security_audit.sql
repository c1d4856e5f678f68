-- platform: user accounts (Jakarta Security identity store) and the append-only audit trail.
CREATE TABLE sec_user (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(400) NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    user_role           VARCHAR(40)  NOT NULL,
    scope_code          VARCHAR(64),
    enabled             BOOLEAN      NOT NULL,
    failed_attempts     INTEGER      NOT NULL,
    locked_until        TIMESTAMP,
    password_changed_at TIMESTAMP    NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    version             INTEGER      NOT NULL,
    CONSTRAINT uq_user_username UNIQUE (username)
);

-- Who did what, when (UTC), with the values before and after; report downloads; failed sign-ins; denied accesses.
-- The application only ever inserts here.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    username     VARCHAR(64),
    category     VARCHAR(20)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    target       VARCHAR(200),
    org_path     VARCHAR(600),
    outcome      VARCHAR(20)   NOT NULL,
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    detail       VARCHAR(1000)
);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_user ON audit_event (username);

INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('user_account', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('audit_event', 0);
