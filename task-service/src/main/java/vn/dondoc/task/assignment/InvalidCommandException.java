package vn.dondoc.task.assignment;

/** A command carries an invalid value (progress 140 %, an empty reason); the message is Vietnamese. */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
