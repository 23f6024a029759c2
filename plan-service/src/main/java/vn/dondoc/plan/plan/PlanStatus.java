package vn.dondoc.plan.plan;

/** Where a plan is in its life. */
public enum PlanStatus {
    ISSUED,
    /** Issued, then changed at least once ({@code plan-amended}). */
    AMENDED,
    /** Thu hồi: no longer in force ({@code plan-withdrawn}). */
    WITHDRAWN
}
