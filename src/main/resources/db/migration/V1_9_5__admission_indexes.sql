-- issue #8: the aggregations of the admission reports (AdmissionStatisticsService) read one year (or a term) of a
-- subtree: decision_date range + org_path prefix + status, and only the columns below. With ix_adm_path_date a
-- province root visits every year's index entries of its subtree and fetches every base row (the table does not fit
-- in Derby's page cache, so each query re-reads most of it). This index starts with decision_date (a year is one
-- contiguous range) and covers every column those queries read, so they are answered from the index alone
-- (Derby: no base-row fetch; PostgreSQL: index range on decision_date, index-only scan once vacuumed).
-- Derby's optimizer underestimates the `org_path LIKE ?` range and keeps choosing ix_adm_path_date, so the
-- statistics queries name this index in a --DERBY-PROPERTIES comment (a plain SQL comment on PostgreSQL).
CREATE INDEX ix_adm_date_figures ON adm_admission (decision_date, org_path, status, gender, minority, birth_date,
    general_education, professional_qualification, political_theory, occupation, youth_union_member, religion);
