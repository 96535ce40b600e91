-- A rejected row's client_id and amount as written (NULL where the row has none, and for rows rejected
-- before this migration), so the workbook's Rejects sheet can say whose revenue was rejected and how much.
ALTER TABLE billing_reject ADD COLUMN client_id VARCHAR(4000);
ALTER TABLE billing_reject ADD COLUMN amount_as_written VARCHAR(4000);
