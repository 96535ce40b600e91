-- The quarter close (docs/decisions.md, "Versions of a quarter"): each publication of a quarter whose
-- figures differ from the one before is the next version, kept with the figures it is told apart by and
-- the files they were made from, so a later version can say what moved and because of which input.
CREATE TABLE quarter_version (
    quarter             VARCHAR(32)   NOT NULL,
    version_no          INT           NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the run that published it first, and the workbook that run wrote: a run that died before its
    -- workbook was in place leaves a version that is taken back (ReportRunner)
    run_id              BIGINT        NOT NULL,
    workbook            VARCHAR(4000) NOT NULL,
    workbook_sha256     CHAR(64)      NOT NULL,
    first_month         CHAR(7)       NOT NULL,
    last_month          CHAR(7)       NOT NULL,
    run_parameters      VARCHAR(4000) NOT NULL,
    application_version VARCHAR(64)   NOT NULL,
    PRIMARY KEY (quarter, version_no)
);

CREATE TABLE quarter_version_figure (
    quarter      VARCHAR(32)     NOT NULL,
    version_no   INT             NOT NULL,
    figure_no    INT             NOT NULL,
    figure       VARCHAR(64)     NOT NULL,
    scope        VARCHAR(255)    NOT NULL,
    period       VARCHAR(32)     NOT NULL,
    number_value DECIMAL(38, 12),
    text_value   VARCHAR(1000),
    PRIMARY KEY (quarter, version_no, figure_no)
);

-- one row per file and month: an export that spans months fed each of them
CREATE TABLE quarter_version_input (
    quarter       VARCHAR(32)  NOT NULL,
    version_no    INT          NOT NULL,
    input_no      INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(500) NOT NULL,
    billing_month CHAR(7),
    sha256        CHAR(64)     NOT NULL,
    PRIMARY KEY (quarter, version_no, input_no)
);

-- Who reviewed which version; a second sign-off of the same version is a second reviewer.
CREATE TABLE quarter_sign_off (
    quarter     VARCHAR(32)   NOT NULL,
    version_no  INT           NOT NULL,
    sign_off_no INT           NOT NULL,
    reviewer    VARCHAR(255)  NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(4000),
    PRIMARY KEY (quarter, version_no, sign_off_no)
);
