package vn.dondoc.task.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.dondoc.web.RequestLimits;

/** The bodies of the assignment commands, validated (texts up to {@link RequestLimits#NOTE}) before they reach the lifecycle rules. */
final class CommandRequests {

    private CommandRequests() {
    }

    record Refusal(@NotBlank(message = "Cần nêu lý do từ chối")
            @Size(max = RequestLimits.NOTE, message = "Lý do từ chối dài quá {max} ký tự") String reason) {
    }

    record Progress(
            @NotNull(message = "Cần nêu tiến độ")
            @Min(value = 0, message = "Tiến độ phải từ 0 đến 100 %")
            @Max(value = 100, message = "Tiến độ phải từ 0 đến 100 %") Integer percent,
            @Size(max = RequestLimits.NOTE, message = "Ghi chú tiến độ dài quá {max} ký tự") String note) {
    }

    record Result(@NotBlank(message = "Cần nêu kết quả thực hiện")
            @Size(max = RequestLimits.NOTE, message = "Kết quả thực hiện dài quá {max} ký tự") String summary) {
    }

    record ExtensionAsked(
            @NotNull(message = "Cần nêu hạn đề nghị") LocalDate requestedDueDate,
            @NotBlank(message = "Cần nêu lý do đề nghị gia hạn")
            @Size(max = RequestLimits.NOTE, message = "Lý do đề nghị gia hạn dài quá {max} ký tự") String reason) {
    }

    record Note(@NotBlank(message = "Ghi chú không được để trống")
            @Size(max = RequestLimits.NOTE, message = "Ghi chú dài quá {max} ký tự") String text) {
    }

    record Review(@NotNull(message = "Cần nêu chấp nhận hay trả lại") Boolean accepted,
            @Size(max = RequestLimits.NOTE, message = "Nhận xét dài quá {max} ký tự") String note) {
    }

    record ExtensionDecision(@NotNull(message = "Cần nêu duyệt hay không") Boolean approved,
            @Size(max = RequestLimits.NOTE, message = "Ghi chú dài quá {max} ký tự") String note) {
    }

    record Withdrawal(@Size(max = RequestLimits.NOTE, message = "Lý do thu hồi dài quá {max} ký tự") String reason) {
    }

    record Reminder(@Size(max = RequestLimits.NOTE, message = "Lời nhắc dài quá {max} ký tự") String message) {
    }
}
