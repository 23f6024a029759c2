package vn.dondoc.plan.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.dondoc.web.RequestLimits;

/** Why the plan is withdrawn (thu hồi). */
record WithdrawPlanRequest(@NotBlank(message = "Cần nêu lý do thu hồi")
        @Size(max = RequestLimits.NOTE, message = "Lý do thu hồi dài quá {max} ký tự") String reason) {
}
