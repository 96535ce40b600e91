-- A month's totals were written as two sets of rows (totals, and client names in client_month_name),
-- each with a second index on the month: five B-tree writes a total, at insert and at commit, and most
-- of the store's share of the ingestion time. Now one row a total carries the client's name, and the
-- row key is the month followed by the row's position (2024-03 -> 202403000000000 + n): a month's rows
-- are one range of the table's own B-tree, replaced by a range delete, with no second index.
CREATE INDEX client_month_name_client ON client_month_name (billing_month, client_id);

CREATE TABLE billing_total_v5 (
    total_id      BIGINT         NOT NULL PRIMARY KEY,
    billing_month CHAR(7)        NOT NULL,
    client_id     VARCHAR(4000)  NOT NULL,
    client_name   VARCHAR(4000)  NOT NULL,
    segment       VARCHAR(4000)  NOT NULL,
    charge_type   VARCHAR(16)    NOT NULL,
    currency      CHAR(3)        NOT NULL,
    amount        DECIMAL(38, 6) NOT NULL
);

INSERT INTO billing_total_v5 (total_id, billing_month, client_id, client_name, segment, charge_type, currency, amount)
SELECT CAST(REPLACE(t.billing_month, '-', '') AS BIGINT) * 1000000000
           + ROW_NUMBER() OVER (PARTITION BY t.billing_month ORDER BY t.client_id, t.segment, t.charge_type, t.currency),
       t.billing_month, t.client_id,
       COALESCE((SELECT n.client_name FROM client_month_name n
                 WHERE n.billing_month = t.billing_month AND n.client_id = t.client_id), t.client_id),
       t.segment, t.charge_type, t.currency, t.amount
FROM billing_total t;

DROP TABLE billing_total;
DROP TABLE client_month_name;
ALTER TABLE billing_total_v5 RENAME TO billing_total;
