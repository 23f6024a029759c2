package vn.dondoc.plan.draft.web;

/** The upload is larger than {@code plan.import.max-bytes}. */
class DocumentTooLargeException extends RuntimeException {

    DocumentTooLargeException(long maxBytes) {
        super("Tệp quá lớn: tối đa " + maxBytes / (1024 * 1024) + " MB");
    }
}
