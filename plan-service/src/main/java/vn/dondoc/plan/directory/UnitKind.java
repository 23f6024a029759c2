package vn.dondoc.plan.directory;

/** What a unit is inside (or outside) the department; group expressions select by kind. */
public enum UnitKind {
    OFFICE,
    DIVISION,
    AFFILIATED_CENTRE,
    LEADERSHIP,
    EXTERNAL;

    /** Offices, divisions and affiliated centres: the "phòng, đơn vị thuộc Sở". */
    public boolean isSubUnit() {
        return this == OFFICE || this == DIVISION || this == AFFILIATED_CENTRE;
    }
}
