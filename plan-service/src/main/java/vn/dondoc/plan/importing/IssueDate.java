package vn.dondoc.plan.importing;

import java.time.LocalDate;

/**
 * The date a plan was (or will be) signed, as precise as the document says: drafts leave the day
 * blank ("ngày tháng 8 năm 2025"). {@code date} is the first day of what is known.
 */
public record IssueDate(LocalDate date, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }

    public IssueDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("Ngày ban hành cần ngày và độ chính xác");
        }
    }
}
