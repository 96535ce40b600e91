-- Formatted exports (cloud cost exports such as FOCUS) carry amounts with ten or more fraction digits:
-- rounding each total to six would change small clients' shares. Billing totals and ledger revenue keep
-- twelve, as rates already do; the native layout still has at most six, which read back unchanged.
-- Standard SET DATA TYPE, which H2 and PostgreSQL both run, keeps NOT NULL and every stored value.
ALTER TABLE billing_total ALTER COLUMN amount SET DATA TYPE DECIMAL(38, 12);
ALTER TABLE ledger_entry ALTER COLUMN revenue SET DATA TYPE DECIMAL(38, 12);

-- A row a billing format counts as excluded (a tax line) is neither accepted nor rejected: for every file
-- Read = Accepted + Excluded + Rejected, in the store as on the Run sheet.
ALTER TABLE loaded_file ADD COLUMN rows_excluded BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE run_file ADD COLUMN rows_excluded BIGINT DEFAULT 0 NOT NULL;
