package vn.dondoc.reporting.unitfigures;

/** The matrix of the assignments of some plans for one period, lead and coordinator apart. */
public record PlanFigures(RoleFigures lead, RoleFigures coordinator) {
}
