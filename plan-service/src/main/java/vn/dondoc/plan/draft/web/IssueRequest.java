package vn.dondoc.plan.draft.web;

import java.time.LocalDate;

/** Number and date given when the plan is signed; either may be left out when the document had it. */
record IssueRequest(String number, LocalDate issuedOn) {
}
