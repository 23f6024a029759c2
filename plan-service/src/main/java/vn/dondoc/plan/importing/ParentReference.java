package vn.dondoc.plan.importing;

import java.time.LocalDate;

/**
 * A document the plan says it implements ("Thực hiện Kế hoạch số 38/KH-UBND ngày 05/02/2026").
 *
 * @param warning Vietnamese reason to doubt it (e.g. a 2025 date cited by a 2026 plan), or null
 */
public record ParentReference(String number, LocalDate date, String text, String warning) {
}
