package vn.dondoc.task.assignment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.dondoc.task.plan.IssuedPlan;
import vn.dondoc.task.planning.TaskAssignment;

/** Test fixture: a lead and a coordinator assignment on a task of seed-like plan 257/KH-SKHCN. */
public final class AnAssignment {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 1, 10);

    private AnAssignment() {
    }

    public static List<Assignment> ofTaskDue(LocalDate dueDate) {
        return ofTaskDue(dueDate, ASSIGNED_ON);
    }

    /** The lead and the coordinator of a task of plan 257/KH-SKHCN, assigned at 9:00 on that day. */
    public static List<Assignment> ofTaskDue(LocalDate dueDate, LocalDate assignedOn) {
        IssuedPlan plan = new IssuedPlan("P1", "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", "Rà soát thủ tục hành chính", List.of("SKHCN.VP"), List.of("SKHCN.CDS"),
                dueDate)));
        return TaskAssignment.assignmentsOf(plan, assignedOn.atTime(9, 0).atZone(ZONE).toInstant(),
                ZONE);
    }

    /** The lead of a continuous task ("Thường xuyên") of plan 257/KH-SKHCN. */
    public static Assignment continuousLead() {
        IssuedPlan plan = new IssuedPlan("P1", "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", "Theo dõi, đôn đốc", List.of("SKHCN.VP"), List.of(), null, "CONTINUOUS",
                "Thường xuyên")));
        return TaskAssignment.assignmentsOf(plan, ASSIGNED_ON.atTime(9, 0).atZone(ZONE).toInstant(), ZONE).get(0);
    }

    /** The lead of a task whose "Thời gian" cell was not understood (UNSPECIFIED) of plan 257/KH-SKHCN. */
    public static Assignment unspecifiedLead() {
        IssuedPlan plan = new IssuedPlan("P1", "257/KH-SKHCN", "SKHCN", List.of(new IssuedPlan.Task(
                "T1", "1", "Tuyên truyền, phổ biến", List.of("SKHCN.VP"), List.of(), null, "UNSPECIFIED",
                "Theo chỉ đạo")));
        return TaskAssignment.assignmentsOf(plan, ASSIGNED_ON.atTime(9, 0).atZone(ZONE).toInstant(), ZONE).get(0);
    }

    public static Assignment lead(LocalDate dueDate) {
        return ofTaskDue(dueDate).get(0);
    }

    public static Assignment coordinator(LocalDate dueDate) {
        return ofTaskDue(dueDate).get(1);
    }

    /** The assignment after the command was carried out on that day. */
    public static Assignment on(Assignment assignment, LocalDate day, AssignmentCommand command) {
        return AssignmentActions.next(assignment, command, "tester", UUID.randomUUID().toString(),
                day.atTime(10, 0).atZone(ZONE).toInstant(), day);
    }
}
