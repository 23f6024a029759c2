package vn.dondoc.plan.importing;

/** The uploaded document is not a plan the importer can read (empty, binary, another language); message in Vietnamese. */
public class NotAPlanException extends RuntimeException {

    public NotAPlanException(String message) {
        super(message);
    }
}
