/** When a task is due, as the plan writes it ("Thường xuyên", "Quý I/2026") and as the system reads it. */
package vn.dondoc.plan.timeframe;
