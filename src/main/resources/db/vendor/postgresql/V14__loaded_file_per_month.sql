-- Under a billing format whose rows name their month, one file may feed several months: it is recorded as
-- loaded once per month it fed. The key (kind, file_name) becomes (kind, file_name, billing_month); ledger
-- and rate files, which have no month, stay one row each as the code replaces them whole.
ALTER TABLE loaded_file DROP CONSTRAINT loaded_file_pkey;
ALTER TABLE loaded_file ADD CONSTRAINT loaded_file_per_month UNIQUE (kind, file_name, billing_month);
