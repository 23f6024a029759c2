package vn.dondoc.plan.plan;

/** Where a plan is in its life. */
public enum PlanStatus {
    ISSUED
}
