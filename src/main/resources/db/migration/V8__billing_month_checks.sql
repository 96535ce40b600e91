-- What each month's load wrote, in the same transaction as its totals: the number of rows and a checksum
-- over them (com.revreport.store.MonthChecksum). Every run compares the stored rows with it before figures
-- are read, so a month whose rows went missing is loaded again or refused rather than reported short.
-- V9 fills it for the months already stored.
CREATE TABLE billing_month_check (
    billing_month CHAR(7) NOT NULL PRIMARY KEY,
    total_rows    BIGINT  NOT NULL,
    checksum      BIGINT  NOT NULL
);
