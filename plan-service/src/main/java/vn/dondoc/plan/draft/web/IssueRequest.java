package vn.dondoc.plan.draft.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.dondoc.web.RequestLimits;

/** Number and date given when the plan is signed; either may be left out when the document had it. */
record IssueRequest(@Size(max = RequestLimits.CODE, message = "Số, ký hiệu dài quá {max} ký tự") String number,
        LocalDate issuedOn) {
}
