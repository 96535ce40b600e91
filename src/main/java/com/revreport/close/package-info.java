/**
 * The quarter close: the controller's explanations matched to the reconciliation's findings, the versions
 * of a quarter's figures, who signed which one off, and what changed between two versions and because of
 * which inputs. Plain Java over the figures; the store keeps the
 * history and the report shows it.
 */
package com.revreport.close;
