-- A rejected row's amount as a number in its own currency (NULL where it did not read) and its currency as
-- written, so the Rejects sheet can be summed and the Summary can give the rejected rows' value. Rows rejected
-- before this migration show no amount until their month is next reloaded. amount_as_written is no longer
-- written (the raw record keeps the amount as it stood); it is not dropped, because dropping a column
-- rewrites the table, which a store on a nearly full disk may not have room for.
ALTER TABLE billing_reject ADD COLUMN amount DECIMAL(38, 12);
ALTER TABLE billing_reject ADD COLUMN currency VARCHAR(4000);
