-- Enrolment of candidates from the pool into an awareness class (issue #16 items 1 and 6): the learner remembers the
-- candidate it was enrolled from, so that the certificate issued to the learner is recorded on the candidate; the
-- candidate remembers the class it attends (a label: the admission module does not read training tables).
ALTER TABLE trn_learner ADD COLUMN candidate_id BIGINT;
ALTER TABLE adm_candidate ADD COLUMN awareness_class VARCHAR(200);
CREATE INDEX ix_learner_candidate ON trn_learner (candidate_id);
