-- issue #20, bench: the report queries read adm_figure through indexes that hold every column they read, so a
-- province's year is one contiguous range of index entries and no base row is fetched. With the counters outside
-- the index, the child-units query of a province report (about 1.600 rows of one year) fetched one base row per index
-- entry from 32 KB pages scattered over the table, more pages than Derby's page cache holds, so every report read
-- them again from the file system (about 250 ms of a 290 ms report on the bench's province).
--   ix_figure_depth  the units of one level of a subtree (exact_record = 0, one depth): unitCounts
--   ix_figure_month  the own-record rows of a province's months (exact_record = 1): lineage sums per record
-- The counters are key columns (Derby has no INCLUDE); an increment moves the entry within the same key range.
DROP INDEX ix_figure_depth;
CREATE INDEX ix_figure_depth ON adm_figure (org_root, exact_record, depth, figure_month, org_prefix,
    admitted, women, minorities);
CREATE INDEX ix_figure_month ON adm_figure (org_root, exact_record, figure_month, org_prefix,
    admitted, women, minorities, pupils_students, private_units);
