/** What plans do to assignments: issued (assign), amended (reconcile), withdrawn, and the office's designations and occurrences. */
package vn.dondoc.task.planning;
