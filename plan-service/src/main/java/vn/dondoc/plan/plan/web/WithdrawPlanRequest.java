package vn.dondoc.plan.plan.web;

import jakarta.validation.constraints.NotBlank;

/** Why the plan is withdrawn (thu hồi). */
record WithdrawPlanRequest(@NotBlank(message = "Cần nêu lý do thu hồi") String reason) {
}
