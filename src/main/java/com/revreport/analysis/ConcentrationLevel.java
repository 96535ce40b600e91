package com.revreport.analysis;

public enum ConcentrationLevel {
    LOW, MODERATE, HIGH
}
