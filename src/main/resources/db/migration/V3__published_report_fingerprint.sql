-- What a run's workbook was made from (the store's files, the options, the template, the version) and
-- the workbook's own SHA-256: a later run whose fingerprint is the same, finding that workbook intact,
-- has nothing to recompute or rewrite.
ALTER TABLE run_history ADD COLUMN fingerprint CHAR(64);
ALTER TABLE run_history ADD COLUMN workbook_sha256 CHAR(64);
