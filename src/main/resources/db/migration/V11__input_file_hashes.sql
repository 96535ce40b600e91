-- Each input file's SHA-256 as last worked out, with the file's stamp taken before it was read (size,
-- modification and change times in nanoseconds, device and inode). While a file's stamp is the same, the
-- next run takes the hash from here instead of reading the file again (docs/decisions.md, "Trusting
-- unchanged input files"). Rewritten whole by every run's plan; no key, as a path may be longer than an
-- index entry can hold, and the plan reads all rows anyway.
CREATE TABLE input_file_hash (
    file_path     VARCHAR(4096) NOT NULL,
    file_size     BIGINT        NOT NULL,
    modified_ns   BIGINT        NOT NULL,
    changed_ns    BIGINT        NOT NULL,
    file_key      VARCHAR(200)  NOT NULL,
    sha256        CHAR(64)      NOT NULL
);
