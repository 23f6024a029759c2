package vn.dondoc.web;

/** A {@code page} or {@code size} query parameter out of range: a 400 naming the parameter. */
public class InvalidPageException extends RuntimeException {

    private final String parameter;

    public InvalidPageException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** {@code page} or {@code size}. */
    public String parameter() {
        return parameter;
    }
}
