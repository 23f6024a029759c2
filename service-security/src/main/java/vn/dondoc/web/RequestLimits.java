package vn.dondoc.web;

/**
 * The one home of the input limits: every request body, text field and list the services accept has
 * its maximum here, used by the request records' {@code @Size} and by {@link BodyLimitFilter}. The
 * README's "Limits" table lists them. A larger request is refused with a 400 (a field) or 413 (the
 * body) problem detail in Vietnamese before anything is stored or published.
 */
public final class RequestLimits {

    private RequestLimits() {
    }

    /** Largest JSON (or other) request body: 1 MiB. */
    public static final long BODY_BYTES = 1024 * 1024;

    /** Largest document upload ({@code dondoc.web.uploads} paths: a plan as .docx or text): 5 MiB. */
    public static final long UPLOAD_BYTES = 5 * 1024 * 1024;

    /**
     * How much of a refused body the server still reads and discards so that the client, still
     * sending, gets its 413 instead of a reset connection (Tomcat's {@code maxSwallowSize}).
     */
    public static final int SWALLOW_BYTES = 64 * 1024 * 1024;

    /** Largest text a .docx may expand to (all its parts together): 50 MiB. */
    public static final long DOCX_EXPANDED_BYTES = 50L * 1024 * 1024;

    /** Smallest compressed/expanded ratio of a .docx part (a smaller one is a zip bomb). */
    public static final double DOCX_MIN_INFLATE_RATIO = 0.01;

    /**
     * Largest text of an imported plan document (after a .docx is read), so that its draft stays far
     * below MongoDB's 16 MB: 1,000,000 characters, about 300 pages.
     */
    public static final int DOCUMENT_TEXT = 1_000_000;

    /** Units of one roster file ({@code PUT /departments/{d}/units}). */
    public static final int ROSTER_UNITS = 2000;

    /** A code or number: unit, department, plan number, task number. */
    public static final int CODE = 100;

    /** A title (trích yếu), a person's name, an e-mail or web address. */
    public static final int TITLE = 1000;

    /** One task's content. */
    public static final int TASK_CONTENT = 10_000;

    /** Tasks of one plan. */
    public static final int TASKS = 2000;

    /** Lead or coordinating units of one task. */
    public static final int UNITS_PER_TASK = 200;

    /** A note, a reason, a reply, a progress or result text. */
    public static final int NOTE = 4000;

    /** A report's narrative. */
    public static final int NARRATIVE = 20_000;

    /** E-mail addresses or webhooks of one unit's contacts. */
    public static final int CONTACTS = 20;

    /** Entries of one assignment's history (notes, progress, each transition). */
    public static final int HISTORY = 400;

    /**
     * Earliest date a request body may carry: 01/01/0001, the first of ISO's four-digit years. Which
     * dates make sense for a plan or a deadline is each service's rule (a field error); this bound only
     * keeps out dates that cannot be written as {@code yyyy-MM-dd} or stored as a BSON date.
     */
    public static final java.time.LocalDate EARLIEST_DATE = java.time.LocalDate.of(1, 1, 1);

    /** Latest date a request body may carry: 31/12/9999 ({@code +999999999-12-31} is a LocalDate but no BSON date). */
    public static final java.time.LocalDate LATEST_DATE = java.time.LocalDate.of(9999, 12, 31);
}
