-- A month's totals were written as two sets of rows (totals, then client names in client_month_name),
-- each with its own index on the month: most of the store's share of the ingestion time. Now one row a
-- total carries the client's name at the month's end, and the names table goes.
-- Rows keep the keys H2 assigns: an explicit key per position in the month was tried, and after a
-- kill -9 the rerun collided with rows of the killed transaction that H2 had not rolled back; H2's own
-- keys always start past those.
CREATE INDEX client_month_name_client ON client_month_name (billing_month, client_id);

CREATE TABLE billing_total_v5 (
    billing_month CHAR(7)        NOT NULL,
    client_id     VARCHAR(4000)  NOT NULL,
    client_name   VARCHAR(4000)  NOT NULL,
    segment       VARCHAR(4000)  NOT NULL,
    charge_type   VARCHAR(16)    NOT NULL,
    currency      CHAR(3)        NOT NULL,
    amount        DECIMAL(38, 6) NOT NULL
);

INSERT INTO billing_total_v5 (billing_month, client_id, client_name, segment, charge_type, currency, amount)
SELECT t.billing_month, t.client_id,
       COALESCE((SELECT n.client_name FROM client_month_name n
                 WHERE n.billing_month = t.billing_month AND n.client_id = t.client_id), t.client_id),
       t.segment, t.charge_type, t.currency, t.amount
FROM billing_total t
ORDER BY t.billing_month, t.client_id, t.segment, t.charge_type, t.currency;

DROP TABLE billing_total;
DROP TABLE client_month_name;
ALTER TABLE billing_total_v5 RENAME TO billing_total;
CREATE INDEX billing_total_month ON billing_total (billing_month);
