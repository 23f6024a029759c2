package vn.dondoc.plan.draft.web;

import java.util.List;
import vn.dondoc.web.RequestProblems.FieldProblem;

/**
 * A correction whose fields do not fit together (coverage ending before it starts, another
 * department's symbol, a deadline without its date): 400 with each field's message.
 */
class InvalidCorrectionException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    InvalidCorrectionException(String subject, List<FieldProblem> errors) {
        super(subject + " có " + errors.size() + " lỗi dữ liệu");
        this.errors = List.copyOf(errors);
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
