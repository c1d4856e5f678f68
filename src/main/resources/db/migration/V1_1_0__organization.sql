-- organization module: the party organisation tree over time.
-- A code is stable over time: a unit moved under another parent keeps its code, in a new record whose validity
-- interval follows the old one (no two records of one code overlap; the service checks it).
-- A record never changes its parent: a re-parent, merge, split or rename closes records and opens successors, linked
-- in org_lineage. So a record's materialised path (fixed-width ids, "00000001/00000007/") never changes, and
-- "everything under X" is one indexed prefix query.
CREATE TABLE org_organization (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(64)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    name_folded  VARCHAR(300) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    parent_id    BIGINT,
    parent_code  VARCHAR(64),
    path         VARCHAR(600) NOT NULL,
    depth        INTEGER      NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    closed_reason VARCHAR(500),
    version      INTEGER      NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT uq_org_code_from UNIQUE (code, valid_from),
    CONSTRAINT fk_org_parent FOREIGN KEY (parent_id) REFERENCES org_organization (id),
    CONSTRAINT ck_org_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_org_path ON org_organization (path);
CREATE INDEX ix_org_code ON org_organization (code);
CREATE INDEX ix_org_parent ON org_organization (parent_id);
CREATE INDEX ix_org_name_folded ON org_organization (name_folded);

-- Predecessor → successor links (merge, split, rename, re-parent), dated.
CREATE TABLE org_lineage (
    id              BIGINT      NOT NULL PRIMARY KEY,
    predecessor_id  BIGINT      NOT NULL,
    successor_id    BIGINT      NOT NULL,
    change_type     VARCHAR(20) NOT NULL,
    effective_date  DATE        NOT NULL,
    note            VARCHAR(500),
    CONSTRAINT fk_lineage_pred FOREIGN KEY (predecessor_id) REFERENCES org_organization (id),
    CONSTRAINT fk_lineage_succ FOREIGN KEY (successor_id) REFERENCES org_organization (id)
);
CREATE INDEX ix_lineage_pred ON org_lineage (predecessor_id);
CREATE INDEX ix_lineage_succ ON org_lineage (successor_id);

-- Membership of an organisation's own members (a cell's members; a committee's directly attached members) on a date.
-- Figures for a subtree are sums over its records.
CREATE TABLE org_membership_stat (
    id               BIGINT  NOT NULL PRIMARY KEY,
    organization_id  BIGINT  NOT NULL,
    as_of            DATE    NOT NULL,
    total            INTEGER NOT NULL,
    women            INTEGER NOT NULL,
    minorities       INTEGER NOT NULL,
    probationary     INTEGER NOT NULL,
    CONSTRAINT fk_stat_org FOREIGN KEY (organization_id) REFERENCES org_organization (id),
    CONSTRAINT uq_stat_org_date UNIQUE (organization_id, as_of),
    CONSTRAINT ck_stat_counts CHECK (total >= 0 AND women >= 0 AND minorities >= 0 AND probationary >= 0
        AND women <= total AND minorities <= total AND probationary <= total)
);
