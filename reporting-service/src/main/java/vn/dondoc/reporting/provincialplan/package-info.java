/**
 * The provincial office's view of its own plans: which departments implement each plan of UBND tỉnh
 * with a child plan, and their figures for a period.
 */
package vn.dondoc.reporting.provincialplan;
