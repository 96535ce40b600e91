-- The key range of each month's current totals, written in the same transaction as the totals. The
-- figures read only these ranges, so a row outside them is never counted: a crash test once saw rows of
-- a load killed with kill -9 survive H2's restart, and such rows would lie past the recorded range.
CREATE TABLE billing_month_range (
    billing_month CHAR(7) NOT NULL PRIMARY KEY,
    first_id      BIGINT  NOT NULL,
    last_id       BIGINT  NOT NULL
);

INSERT INTO billing_month_range (billing_month, first_id, last_id)
SELECT billing_month, MIN(total_id), MAX(total_id) FROM billing_total GROUP BY billing_month;
