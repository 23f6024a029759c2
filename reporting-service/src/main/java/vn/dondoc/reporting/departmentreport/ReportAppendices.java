package vn.dondoc.reporting.departmentreport;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** What another feature appends to the department report's documents (the ranking of the units). */
public interface ReportAppendices {

    /** The appendix of the report, its units named by {@code unitName}; empty when there is nothing to append. */
    Optional<ReportAppendix> of(DepartmentReport report, UnaryOperator<String> unitName);
}
