package vn.dondoc.plan.draft;

/** The draft was issued already; it can no longer be changed or issued again. */
public class DraftAlreadyIssuedException extends RuntimeException {

    public DraftAlreadyIssuedException(String draftId) {
        super("Dự thảo " + draftId + " đã được ban hành, không thể sửa hoặc ban hành lại");
    }
}
