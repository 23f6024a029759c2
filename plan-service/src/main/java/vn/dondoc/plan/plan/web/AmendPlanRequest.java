package vn.dondoc.plan.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.dondoc.plan.plan.PlanTask;
import vn.dondoc.web.RequestLimits;

/** A new version of an issued plan: the complete task list (as in registration), a reason, optionally a new title. */
record AmendPlanRequest(
        @NotBlank(message = "Cần nêu lý do sửa đổi")
        @Size(max = RequestLimits.NOTE, message = "Lý do sửa đổi dài quá {max} ký tự") String reason,
        @Size(max = RequestLimits.TITLE, message = "Trích yếu dài quá {max} ký tự") String title,
        @NotEmpty(message = "Kế hoạch phải có ít nhất một nhiệm vụ")
        @Size(max = RequestLimits.TASKS, message = "Kế hoạch có quá {max} nhiệm vụ")
        List<RegisterPlanRequest.@Valid @NotNull(message = "Nhiệm vụ không được rỗng") TaskRequest> tasks) {

    List<PlanTask> planTasks() {
        return RegisterPlanRequest.planTasks(tasks);
    }
}
