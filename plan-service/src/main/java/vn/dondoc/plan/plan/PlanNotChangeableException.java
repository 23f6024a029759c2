package vn.dondoc.plan.plan;

/** The plan cannot take this change now: it was withdrawn, or changed by someone else meanwhile. */
public class PlanNotChangeableException extends RuntimeException {

    public PlanNotChangeableException(String message) {
        super(message);
    }
}
