-- An import (and the loaders' batch) looks for the same person already admitted by the same organisations: the active
-- admissions of a list of organisation codes. Without an index on the code each chunk of 500 codes scanned the whole
-- table (80 % of a 5.000-row dry run on the demo).
CREATE INDEX ix_adm_org_code ON adm_admission (organization_code, status);
