/**
 * Reading a CSV input file: its physical lines as bytes, RFC 4180 records with their line numbers and
 * raw text, the header's required columns, and the plain forms of docs/input-format.md a value must
 * take (decimals, {@code YYYY-MM} months, ISO currencies), read straight from the bytes. What the values
 * mean, and the rules a row must pass, are the ingest package's.
 */
package com.revreport.ingest.csv;
