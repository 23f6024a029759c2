package vn.dondoc.plan.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the top and bottom of a plan say about it.
 *
 * @param number           "257/KH-SKHCN", or "/KH-SKHCN" for an unnumbered draft; null when absent
 * @param departmentCode   from the symbol ("SKHCN") unless the caller names it
 * @param coverageStart    first day the plan covers (from the title, else the issue date)
 * @param signingAuthority "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
 */
public record PlanHeader(
        String number,
        String departmentCode,
        String departmentName,
        String place,
        IssueDate issueDate,
        String title,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        List<ParentReference> parentReferences,
        String signer,
        String signingAuthority,
        List<String> recipients,
        ReportingRequirement reportingRequirement) {

    public PlanHeader {
        parentReferences = parentReferences == null ? List.of() : List.copyOf(parentReferences);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** True when the number has a numeric part, i.e. the plan was registered. */
    public boolean numbered() {
        return number != null && number.matches("\\d.*");
    }
}
