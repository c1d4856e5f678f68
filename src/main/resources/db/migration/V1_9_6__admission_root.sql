-- issue #8, national size: with 12 provinces in one database, ix_adm_date_figures (decision_date first) makes one
-- province's year query visit the year of every province (measured: the LC report's queries 70 ms at province size,
-- 480 ms at national). Admissions now carry the first level of their organisation's materialised path (the
-- province, 9 characters), and the covering index starts with it: a province's (or any subtree's) year is one
-- contiguous range of its own entries. org_path never changes for a stored record (a correction that moves an
-- admission sets both), so neither does org_root.
ALTER TABLE adm_admission ADD COLUMN org_root VARCHAR(9) DEFAULT '' NOT NULL;
UPDATE adm_admission SET org_root = SUBSTR(org_path, 1, 9);
CREATE INDEX ix_adm_root_figures ON adm_admission (org_root, decision_date, org_path, status, gender, minority,
    birth_date, general_education, professional_qualification, political_theory, occupation, youth_union_member,
    religion);
DROP INDEX ix_adm_date_figures;
