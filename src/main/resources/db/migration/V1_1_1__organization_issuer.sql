-- organization module: issuer details (thể thức: cơ quan ban hành, ký hiệu, địa danh, người ký, nơi nhận) that the
-- official documents of an organisation print, keyed by the organisation's CODE (stable across its records over
-- time). Lists (issuing body lines, recipients) are stored one item per line.
CREATE TABLE org_issuer (
    organization_code   VARCHAR(64)   NOT NULL PRIMARY KEY,
    superior_body       VARCHAR(200),
    issuing_body        VARCHAR(400)  NOT NULL,
    symbol              VARCHAR(30)   NOT NULL,
    place               VARCHAR(100),
    signature_authority VARCHAR(100),
    signer_position     VARCHAR(100),
    signer_name         VARCHAR(100),
    recipients          VARCHAR(2000),
    version             INTEGER       NOT NULL,
    updated_at          TIMESTAMP     NOT NULL
);
