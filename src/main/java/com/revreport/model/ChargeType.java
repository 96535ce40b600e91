package com.revreport.model;

/** The charge types of a billing line (docs/input-format.md). */
public enum ChargeType {

    USAGE, SUBSCRIPTION, CREDIT, ADJUSTMENT
}
