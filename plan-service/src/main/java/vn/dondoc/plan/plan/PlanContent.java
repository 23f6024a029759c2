package vn.dondoc.plan.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.security.Caller;

/**
 * What a clerk registers: the plan's header and its tasks. Every task needs a lead, a unit holds
 * one role per task, and a department's plan names only its own units (a plan of UBND tỉnh names
 * the departments' offices: {@link Caller#mayName}).
 */
public record PlanContent(
        String number,
        String title,
        String departmentCode,
        LocalDate issuedOn,
        List<PlanTask> tasks,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        String reportingText,
        List<String> reportingPeriods,
        List<String> parentPlans,
        List<String> parentPlanIds) {

    /** A plan typed in as JSON: header and tasks only. */
    public PlanContent(String number, String title, String departmentCode, LocalDate issuedOn, List<PlanTask> tasks) {
        this(number, title, departmentCode, issuedOn, tasks, null, null, null, List.of(), List.of());
    }

    /** A plan whose parent plans are cited by number only (not linked to registered plans). */
    public PlanContent(String number, String title, String departmentCode, LocalDate issuedOn, List<PlanTask> tasks,
            LocalDate coverageStart, LocalDate coverageEnd, String reportingText, List<String> reportingPeriods,
            List<String> parentPlans) {
        this(number, title, departmentCode, issuedOn, tasks, coverageStart, coverageEnd, reportingText,
                reportingPeriods, parentPlans, List.of());
    }

    public PlanContent {
        tasks = List.copyOf(tasks);
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
        parentPlans = parentPlans == null ? List.of() : List.copyOf(parentPlans);
        parentPlanIds = parentPlanIds == null ? List.of() : List.copyOf(parentPlanIds);
        for (PlanTask task : tasks) {
            if (task.leadUnits().isEmpty()) {
                throw new InvalidPlanException("Nhiệm vụ " + task.number() + " chưa có đơn vị chủ trì");
            }
            Set<String> units = new HashSet<>();
            for (String unit : concat(task.leadUnits(), task.coordinatorUnits())) {
                if (!Caller.mayName(departmentCode, unit)) {
                    throw new InvalidPlanException("Đơn vị " + unit + " trong nhiệm vụ " + task.number()
                            + " không thuộc " + departmentCode + ": kế hoạch của một sở chỉ giao việc cho đơn vị của sở đó");
                }
                if (!units.add(unit)) {
                    throw new InvalidPlanException("Đơn vị " + unit + " được giao hai lần trong nhiệm vụ "
                            + task.number() + ": mỗi đơn vị chỉ giữ một vai trò");
                }
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
