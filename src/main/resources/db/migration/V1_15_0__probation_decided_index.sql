-- The year's recognitions and removals (admission-results, progress) start from the decisions of the period and reach
-- their admissions by key: a covering index on the decision date, outcome and admission.
CREATE INDEX ix_probation_decided ON adm_probation (decision_date, outcome, admission_id);
