package vn.dondoc.reporting.obligation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A unit that owes reports because it got an assignment; inserted once, from {@code task-assigned}. */
@Document("reporting_units")
public record ReportingUnit(@Id String unitCode, String departmentCode) {
}
