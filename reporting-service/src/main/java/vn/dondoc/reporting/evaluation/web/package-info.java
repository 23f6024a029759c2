/** {@code GET /departments/{department}/rankings}: the units of a department ranked for a period. */
package vn.dondoc.reporting.evaluation.web;
