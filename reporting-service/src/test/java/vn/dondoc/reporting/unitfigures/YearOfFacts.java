package vn.dondoc.reporting.unitfigures;

/**
 * One lead unit's year 2026 as task-service publishes it (R1–R10), shared by the unit-level and the
 * department-level reconciliation tests. Its quarters of "quý, năm", lead:
 * Q1 {@code row(1, 0, 3, 0, 0, 0, 1, 0, "100.0", "100.0")}, Q2 {@code row(0, 1, 2, 0, 1, 14, 1, 0, "50.0", "0.0")},
 * Q3 {@code row(0, 1, 1, 0, 1, 14, 1, 1, "50.0", "0.0")}, Q4 {@code row(2, 0, 1, 0, 1, 105, 1, 0, "66.7", "66.7")}.
 */
public final class YearOfFacts {

    private YearOfFacts() {
    }

    /** R1–R10, lead, over 15/12/2025–14/12/2026; the comments give each quarter's column. */
    public static void publish(TaskEventFeed feed, String unit) {
        // Q1 completed on time.
        feed.assigned(unit, "R1", "LEAD", "2026-02-28", "FIXED_DEADLINE", "2025-12-20");
        feed.submitted(unit, "R1", "2026-02-20");
        feed.accepted(unit, "R1", "2026-02-20", "2026-02-25");
        // Q1 within; Q2 completed late.
        feed.assigned(unit, "R2", "LEAD", "2026-03-31", "FIXED_DEADLINE", "2026-01-05");
        feed.submitted(unit, "R2", "2026-04-10");
        feed.accepted(unit, "R2", "2026-04-10", "2026-04-12");
        // Q1 within; Q2 overdue 14 days; Q3 withdrawn; Q4 not counted.
        feed.assigned(unit, "R3", "LEAD", "2026-05-31", "FIXED_DEADLINE", "2026-01-05");
        feed.withdrawn(unit, "R3", "2026-07-01");
        // Q1, Q2 within; extended 20/06 to 30/09; Q3 submitted in time, awaiting review: within;
        // accepted 18/09: Q4 completed on time.
        feed.assigned(unit, "R4", "LEAD", "2026-06-30", "FIXED_DEADLINE", "2026-02-01");
        feed.extended(unit, "R4", "2026-06-30", "2026-09-30", "2026-06-20");
        feed.submitted(unit, "R4", "2026-09-10");
        feed.accepted(unit, "R4", "2026-09-10", "2026-09-18");
        // Q2 within; Q3 overdue 14 days; Q4 overdue 105 days.
        feed.assigned(unit, "R5", "LEAD", "2026-08-31", "FIXED_DEADLINE", "2026-04-01");
        // Continuous in every quarter.
        feed.assigned(unit, "R6", "LEAD", null, "CONTINUOUS", "2026-01-10");
        // Q3: returned, submitted again after the deadline, accepted: completed late.
        feed.assigned(unit, "R7", "LEAD", "2026-07-31", "FIXED_DEADLINE", "2026-06-20");
        feed.submitted(unit, "R7", "2026-07-30");
        feed.returned(unit, "R7", "2026-08-02");
        feed.submitted(unit, "R7", "2026-08-20");
        feed.accepted(unit, "R7", "2026-08-20", "2026-08-25");
        // Q4 within.
        feed.assigned(unit, "R8", "LEAD", "2026-12-31", "FIXED_DEADLINE", "2026-09-20");
        // Q4 completed on time.
        feed.assigned(unit, "R9", "LEAD", "2026-11-30", "FIXED_DEADLINE", "2026-10-01");
        feed.submitted(unit, "R9", "2026-11-20");
        feed.accepted(unit, "R9", "2026-11-20", "2026-11-21");
        // Refused: never counted.
        feed.assigned(unit, "R10", "LEAD", "2026-04-30", "FIXED_DEADLINE", "2026-03-01");
        feed.refused(unit, "R10", "2026-03-05");
    }

}
