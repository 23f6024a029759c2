package vn.dondoc.notification.contact;

import java.util.List;

/** A contact that cannot be saved; each error names the field and says why in Vietnamese. */
public class InvalidContactException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidContactException(List<FieldError> errors) {
        super("Thông tin liên hệ có " + errors.size() + " lỗi");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One refused field, e.g. {@code webhooks[0].url}. */
    public record FieldError(String field, String message) {
    }
}
