package vn.dondoc.plan.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.dondoc.plan.plan.PlanTask;

/** A new version of an issued plan: the complete task list (as in registration), a reason, optionally a new title. */
record AmendPlanRequest(
        @NotBlank(message = "Cần nêu lý do sửa đổi") String reason,
        @Size(max = 1000, message = "Trích yếu dài quá 1000 ký tự") String title,
        @NotEmpty(message = "Kế hoạch phải có ít nhất một nhiệm vụ")
        @Size(max = 2000, message = "Kế hoạch có quá 2000 nhiệm vụ")
        List<RegisterPlanRequest.@Valid @NotNull(message = "Nhiệm vụ không được rỗng") TaskRequest> tasks) {

    List<PlanTask> planTasks() {
        return RegisterPlanRequest.planTasks(tasks);
    }
}
