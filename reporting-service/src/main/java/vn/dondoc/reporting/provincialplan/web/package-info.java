/** HTTP API of the provincial rollup: {@code GET /provincial-plans/{planId}/rollup?period=}. */
package vn.dondoc.reporting.provincialplan.web;
