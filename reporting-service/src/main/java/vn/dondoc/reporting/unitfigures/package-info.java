/** Per-unit figures: a read model of assignments, counted per unit and role. */
package vn.dondoc.reporting.unitfigures;
