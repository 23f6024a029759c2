/** A unit's periodic report: the frozen figures plus narrative sections, submitted once. */
package vn.dondoc.reporting.unitreport;
