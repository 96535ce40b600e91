/**
 * Billing formats: the native layout, {@code focus}, and a format described by a YAML format file, each
 * turning a raw record into the same validated row. Filled by the next change.
 */
package com.revreport.ingest.format;
