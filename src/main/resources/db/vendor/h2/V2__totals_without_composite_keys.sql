-- Each month's totals are written whole, once, by code that already sums them per key; a five-column
-- string primary key only made every insert a B-tree search (most of the ingestion time in a
-- profile). Rows are now appended, and a month is found for its replacement by an index on the month.
ALTER TABLE billing_total DROP PRIMARY KEY;
CREATE INDEX billing_total_month ON billing_total (billing_month);
ALTER TABLE client_month_name DROP PRIMARY KEY;
CREATE INDEX client_month_name_month ON client_month_name (billing_month);
