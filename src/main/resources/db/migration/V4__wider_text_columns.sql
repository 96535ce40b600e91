-- Client ids, segments and names come from the exports; the reader refuses longer ones with a message
-- naming the file and line (BillingMonthReader.MAX_TEXT) instead of letting a month's insert fail midway.
ALTER TABLE billing_total ALTER COLUMN client_id SET DATA TYPE VARCHAR(4000);
ALTER TABLE billing_total ALTER COLUMN segment SET DATA TYPE VARCHAR(4000);
ALTER TABLE client_month_name ALTER COLUMN client_id SET DATA TYPE VARCHAR(4000);
ALTER TABLE client_month_name ALTER COLUMN client_name SET DATA TYPE VARCHAR(4000);
ALTER TABLE ledger_entry ALTER COLUMN segment SET DATA TYPE VARCHAR(4000);
