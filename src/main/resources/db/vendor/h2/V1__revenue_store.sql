-- Accepted billing lines summed per month, client, segment, charge type and currency:
-- the store keeps totals, not lines, so that it grows with clients rather than with rows.
CREATE TABLE billing_total (
    billing_month CHAR(7)        NOT NULL,
    client_id     VARCHAR(255)   NOT NULL,
    segment       VARCHAR(255)   NOT NULL,
    charge_type   VARCHAR(16)    NOT NULL,
    currency      CHAR(3)        NOT NULL,
    amount        DECIMAL(38, 6) NOT NULL,
    PRIMARY KEY (billing_month, client_id, segment, charge_type, currency)
);

-- The name each client carried in each month; the newest month's name is the one shown.
CREATE TABLE client_month_name (
    billing_month CHAR(7)       NOT NULL,
    client_id     VARCHAR(255)  NOT NULL,
    client_name   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (billing_month, client_id)
);

CREATE TABLE billing_reject (
    billing_month CHAR(7)       NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    line_no       BIGINT        NOT NULL,
    reason        VARCHAR(32)   NOT NULL,
    message       VARCHAR(4000) NOT NULL,
    raw_record    CLOB          NOT NULL
);
CREATE INDEX billing_reject_month ON billing_reject (billing_month);

-- The files the store currently reflects: a month is reloaded when its set of (name, sha256) changes.
CREATE TABLE loaded_file (
    kind          VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(500) NOT NULL,
    billing_month CHAR(7),
    sha256        CHAR(64)     NOT NULL,
    rows_read     BIGINT       NOT NULL,
    rows_accepted BIGINT       NOT NULL,
    rows_rejected BIGINT       NOT NULL,
    run_id        BIGINT       NOT NULL,
    loaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, file_name)
);

CREATE TABLE ledger_entry (
    ledger_month CHAR(7)        NOT NULL,
    segment      VARCHAR(255)   NOT NULL,
    currency     CHAR(3)        NOT NULL,
    revenue      DECIMAL(38, 6) NOT NULL,
    PRIMARY KEY (ledger_month, segment)
);

CREATE TABLE fx_rate (
    rate_month CHAR(7)         NOT NULL,
    currency   CHAR(3)         NOT NULL,
    rate       DECIMAL(38, 12) NOT NULL,
    PRIMARY KEY (rate_month, currency)
);

-- The audit trail: every run, and what it did with every file (which files fed which month).
CREATE TABLE run_history (
    run_id      BIGINT       NOT NULL PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    status      VARCHAR(16)  NOT NULL,
    quarter     VARCHAR(32),
    workbook    VARCHAR(1000),
    message     VARCHAR(4000)
);

CREATE TABLE run_file (
    run_id        BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    billing_month CHAR(7),
    file_name     VARCHAR(500) NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    rows_read     BIGINT       NOT NULL,
    rows_accepted BIGINT       NOT NULL,
    rows_rejected BIGINT       NOT NULL,
    action        VARCHAR(16)  NOT NULL
);
CREATE INDEX run_file_run ON run_file (run_id);
