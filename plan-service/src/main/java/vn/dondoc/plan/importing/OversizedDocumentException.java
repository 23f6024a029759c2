package vn.dondoc.plan.importing;

/** A document that would expand beyond what the importer reads (a zip bomb): a 413, nothing is parsed. */
public class OversizedDocumentException extends RuntimeException {

    OversizedDocumentException(String message) {
        super(message);
    }
}
