package vn.dondoc.plan.directory;

/**
 * What a unit is inside (or outside) the department; group expressions select by kind. In the
 * province's directory (scope {@code UBND}) the departments (Sở) are units of kind {@link #DEPARTMENT}.
 */
public enum UnitKind {
    OFFICE,
    DIVISION,
    AFFILIATED_CENTRE,
    LEADERSHIP,
    EXTERNAL,
    /** A department (Sở) of the province, as plans of UBND tỉnh name it; its code is its office's ({@code SKHCN.VP}). */
    DEPARTMENT;

    /** Offices, divisions and affiliated centres: the "phòng, đơn vị thuộc Sở". */
    public boolean isSubUnit() {
        return this == OFFICE || this == DIVISION || this == AFFILIATED_CENTRE;
    }
}
