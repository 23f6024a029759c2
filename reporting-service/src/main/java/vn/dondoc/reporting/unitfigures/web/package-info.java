/** HTTP API of the per-unit counts. */
package vn.dondoc.reporting.unitfigures.web;
