package com.revreport.close;

/** Whether a reconciliation row's finding has been explained, and whether the explanation still fits it. */
public enum ExplanationStatus {
    /** An explanation of this segment and period whose variance is the row's, within a cent. */
    EXPLAINED,
    /** An explanation of this segment and period written for another variance: the figure has moved since. */
    STALE,
    /** A break or missing side that nobody has explained. */
    UNEXPLAINED
}
