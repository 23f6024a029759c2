package vn.dondoc.task.assignment;

import java.time.LocalDate;

/**
 * An assignment's deadline: the plan's, the one in force after approved extensions, a pending
 * request for a later one, and which deadline the daily job announced.
 *
 * @param originalDueDate     the plan's deadline, kept when extensions move {@code dueDate}
 * @param dueSoonAnnouncedFor the deadline for which {@code task-due-soon} was published
 * @param overdueAnnouncedFor the deadline for which {@code task-overdue} was published
 */
public record Deadline(LocalDate originalDueDate, LocalDate dueDate, int approvedExtensions,
        ExtensionRequest pendingExtension, LocalDate dueSoonAnnouncedFor, LocalDate overdueAnnouncedFor) {

    public Deadline {
        originalDueDate = originalDueDate == null ? dueDate : originalDueDate;
    }

    /** The plan's deadline, nothing extended or announced yet. */
    public static Deadline of(LocalDate dueDate) {
        return new Deadline(dueDate, dueDate, 0, null, null, null);
    }

    Deadline requested(ExtensionRequest request) {
        return new Deadline(originalDueDate, dueDate, approvedExtensions, request, dueSoonAnnouncedFor,
                overdueAnnouncedFor);
    }

    /** The pending request decided: approved, it is the deadline now; either way it no longer waits. */
    Deadline decided(boolean approved) {
        return approved
                ? new Deadline(originalDueDate, pendingExtension.requestedDueDate(), approvedExtensions + 1, null,
                        dueSoonAnnouncedFor, overdueAnnouncedFor)
                : withoutRequest();
    }

    /** No request waits any more (the assignment was withdrawn). */
    Deadline withoutRequest() {
        return requested(null);
    }

    /** The amended plan's deadline, which replaces the plan's and any extension. */
    Deadline planned(LocalDate planned) {
        return new Deadline(planned, planned, approvedExtensions, pendingExtension, dueSoonAnnouncedFor,
                overdueAnnouncedFor);
    }

    Deadline dueSoonAnnounced() {
        return new Deadline(originalDueDate, dueDate, approvedExtensions, pendingExtension, dueDate,
                overdueAnnouncedFor);
    }

    Deadline overdueAnnounced() {
        return new Deadline(originalDueDate, dueDate, approvedExtensions, pendingExtension, dueSoonAnnouncedFor,
                dueDate);
    }
}
