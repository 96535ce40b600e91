-- PostgreSQL's form of db/vendor/h2/V2: a primary key is dropped by its constraint's name.
-- Each month's totals are written whole, once, by code that already sums them per key; a five-column
-- string primary key only made every insert a B-tree search. Rows are appended, and a month is found for
-- its replacement by an index on the month.
ALTER TABLE billing_total DROP CONSTRAINT billing_total_pkey;
CREATE INDEX billing_total_month ON billing_total (billing_month);
ALTER TABLE client_month_name DROP CONSTRAINT client_month_name_pkey;
CREATE INDEX client_month_name_month ON client_month_name (billing_month);
