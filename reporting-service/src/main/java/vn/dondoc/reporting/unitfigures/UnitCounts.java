package vn.dondoc.reporting.unitfigures;

/** How many assignments a unit holds, in total and per role. */
public record UnitCounts(String unitCode, long assignments, long lead, long coordinator) {
}
