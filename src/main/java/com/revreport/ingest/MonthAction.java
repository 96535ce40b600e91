package com.revreport.ingest;

/** What a run did with a month (or with the ledger or the rates), as the run history records it. */
public enum MonthAction {
    /** First load. */
    LOADED,
    /** Files added, changed or removed since the last load: the month was restated as a whole. */
    REPLACED,
    /** Same file names and SHA-256 as last loaded: not parsed again. */
    UNCHANGED,
    /**
     * Same files as last loaded, but the stored rows no longer matched what that load wrote (rows lost
     * from the store): loaded again from the same files.
     */
    RELOADED,
    /** No longer in the input folder: what was last loaded is kept (exports get archived). */
    KEPT
}
