package com.revreport.model;

/** The charge types of a billing line (spec 1.1). */
public enum ChargeType {

    USAGE, SUBSCRIPTION, CREDIT, ADJUSTMENT
}
