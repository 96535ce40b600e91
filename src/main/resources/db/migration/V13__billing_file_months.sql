-- The months each billing file holds, for billing formats whose rows name their month (a FOCUS export): a
-- file may hold any months, and which ones decides the months it feeds. Recorded by content (SHA-256) and
-- format, so that an unchanged file is not read again to find them.
CREATE TABLE billing_file_month (
    format_key CHAR(64) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    billing_month CHAR(7) NOT NULL,
    CONSTRAINT pk_billing_file_month PRIMARY KEY (format_key, sha256, billing_month)
);
