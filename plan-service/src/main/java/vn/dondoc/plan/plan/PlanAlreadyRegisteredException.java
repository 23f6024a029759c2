package vn.dondoc.plan.plan;

/** The department already registered a plan with this number. */
public class PlanAlreadyRegisteredException extends RuntimeException {

    private final String number;

    public PlanAlreadyRegisteredException(String number) {
        super("Kế hoạch số " + number + " đã được đăng ký");
        this.number = number;
    }

    public String number() {
        return number;
    }
}
