-- User management (issue #15): several roles per account (comma-separated role names), an e-mail address, temporary
-- passwords that must be changed before anything else, and a credential version that, when it changes (disable,
-- reset, change of password), ends the account's sessions and remembered Basic checks at once.
ALTER TABLE sec_user ADD COLUMN roles VARCHAR(300) DEFAULT '' NOT NULL;
UPDATE sec_user SET roles = user_role;
ALTER TABLE sec_user DROP COLUMN user_role;
ALTER TABLE sec_user ADD COLUMN email VARCHAR(200);
ALTER TABLE sec_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sec_user ADD COLUMN credential_version INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_user_scope ON sec_user (scope_code);
CREATE INDEX ix_audit_org ON audit_event (org_path);
