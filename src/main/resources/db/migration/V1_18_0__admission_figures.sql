-- issue #20, maintained figures: the counts of the active admissions, kept up to date in the same transaction as
-- every write of adm_admission (FigureDelta, FigureStore). One row per (path prefix, own-record marker, month,
-- breakdown): an admission of the record with path P adds its counters to every ancestor prefix of P
-- (exact_record = 0: the prefix's subtree) and to P itself with exact_record = 1 (the record's own admissions, for
-- the lineage sums per record). figure_month is yyyymm of the decision date; depth the prefix's level (length / 9).
-- Rows are created with zero counters in a short transaction of their own and only ever updated with n = n + ?,
-- so concurrent writers neither lose an update nor meet a unique violation in their own transaction.
CREATE TABLE adm_figure (
    org_prefix                 VARCHAR(600) NOT NULL,
    exact_record               SMALLINT     NOT NULL,
    figure_month               INTEGER      NOT NULL,
    general_education          VARCHAR(20)  NOT NULL,
    professional_qualification VARCHAR(20)  NOT NULL,
    political_theory           VARCHAR(20)  NOT NULL,
    org_root                   VARCHAR(9)   NOT NULL,
    depth                      SMALLINT     NOT NULL,
    admitted                   BIGINT       NOT NULL,
    women                      BIGINT       NOT NULL,
    minorities                 BIGINT       NOT NULL,
    religious                  BIGINT       NOT NULL,
    pupils_students            BIGINT       NOT NULL,
    private_units              BIGINT       NOT NULL,
    youth_union                BIGINT       NOT NULL,
    youth_band                 BIGINT       NOT NULL,
    CONSTRAINT pk_adm_figure PRIMARY KEY (org_prefix, exact_record, figure_month, general_education,
        professional_qualification, political_theory)
);
-- child units of a subtree (one depth), and the own-record rows of a subtree (exact_record = 1)
CREATE INDEX ix_figure_depth ON adm_figure (org_root, exact_record, depth, figure_month, org_prefix);
