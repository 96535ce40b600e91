/**
 * Writing into a loaded template's workbook, knowing nothing of what the report says: tables filled
 * row by row in the template's styles (streamed past the rows a chart reads), cells as Excel holds
 * them, tables and charts kept clear of each other as they grow, print areas, and the template's
 * places found by name. The sheets of {@code com.revreport.report} say what goes in.
 */
package com.revreport.report.xlsx;
