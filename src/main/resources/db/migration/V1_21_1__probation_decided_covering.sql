-- The year's decisions on probation (recognised, removed, recognised after a late consideration) for the yearly
-- report: from ix_probation_decided to each decision's admission, both read from indexes alone. "explained" marks a
-- consideration with a written explanation (late), so the count needs no base row of adm_probation (the explanation
-- itself is too long for an index entry on PostgreSQL).
ALTER TABLE adm_probation ADD COLUMN explained SMALLINT DEFAULT 0 NOT NULL;
UPDATE adm_probation SET explained = 1 WHERE explanation IS NOT NULL;
DROP INDEX ix_probation_decided;
CREATE INDEX ix_probation_decided ON adm_probation (decision_date, outcome, admission_id, explained);
CREATE INDEX ix_adm_probation_scope ON adm_admission (id, org_root, status, probation_end, org_path);
