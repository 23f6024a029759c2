package vn.dondoc.task.assignment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The bodies of the assignment commands, validated before they reach the lifecycle rules. */
final class CommandRequests {

    private CommandRequests() {
    }

    record Refusal(@NotBlank(message = "Cần nêu lý do từ chối") String reason) {
    }

    record Progress(
            @NotNull(message = "Cần nêu tiến độ")
            @Min(value = 0, message = "Tiến độ phải từ 0 đến 100 %")
            @Max(value = 100, message = "Tiến độ phải từ 0 đến 100 %") Integer percent,
            String note) {
    }

    record Result(@NotBlank(message = "Cần nêu kết quả thực hiện") String summary) {
    }

    record ExtensionAsked(
            @NotNull(message = "Cần nêu hạn đề nghị") LocalDate requestedDueDate,
            @NotBlank(message = "Cần nêu lý do đề nghị gia hạn") String reason) {
    }

    record Note(@NotBlank(message = "Ghi chú không được để trống") String text) {
    }

    record Review(@NotNull(message = "Cần nêu chấp nhận hay trả lại") Boolean accepted, String note) {
    }

    record ExtensionDecision(@NotNull(message = "Cần nêu duyệt hay không") Boolean approved,
            String note) {
    }

    record Withdrawal(String reason) {
    }

    record Reminder(String message) {
    }
}
