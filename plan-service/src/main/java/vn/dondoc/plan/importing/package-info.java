/** Reads a plan document (text with a task table) into a draft: header, tasks, units, timeframes and findings for the office. Pure code, no Spring. */
package vn.dondoc.plan.importing;
