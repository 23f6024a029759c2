package vn.dondoc.plan.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.dondoc.plan.plan.PlanContent;
import vn.dondoc.plan.plan.PlanTask;
import vn.dondoc.web.RequestLimits;

/** A plan typed in or sent by another system as JSON. */
public record RegisterPlanRequest(
        @NotBlank(message = "Số, ký hiệu kế hoạch không được để trống")
        @Pattern(regexp = "^\\s*\\d{1,6}(\\.\\d{1,3})?\\s*/\\s*KH(-[\\p{L}\\d&]+)+\\s*$",
                message = "Số, ký hiệu phải có dạng 257/KH-SKHCN")
        @Size(max = RequestLimits.CODE, message = "Số, ký hiệu dài quá {max} ký tự")
        String number,
        @NotBlank(message = "Trích yếu (tên kế hoạch) không được để trống")
        @Size(max = RequestLimits.TITLE, message = "Trích yếu dài quá {max} ký tự")
        String title,
        @NotBlank(message = "Mã cơ quan ban hành không được để trống")
        @Size(max = RequestLimits.CODE, message = "Mã cơ quan ban hành dài quá {max} ký tự")
        String departmentCode,
        @NotNull(message = "Ngày ban hành không được để trống")
        LocalDate issuedOn,
        @NotEmpty(message = "Kế hoạch phải có ít nhất một nhiệm vụ")
        @Size(max = RequestLimits.TASKS, message = "Kế hoạch có quá {max} nhiệm vụ")
        List<@Valid @NotNull(message = "Nhiệm vụ không được rỗng") TaskRequest> tasks) {

    /** One row of the task table. */
    public record TaskRequest(
            @Size(max = RequestLimits.CODE, message = "Số thứ tự nhiệm vụ dài quá {max} ký tự")
            String number,
            @NotBlank(message = "Nội dung nhiệm vụ không được để trống")
            @Size(max = RequestLimits.TASK_CONTENT, message = "Nội dung nhiệm vụ dài quá {max} ký tự")
            String content,
            @NotEmpty(message = "Nhiệm vụ phải có ít nhất một đơn vị chủ trì")
            @Size(max = RequestLimits.UNITS_PER_TASK, message = "Nhiệm vụ có quá {max} đơn vị chủ trì")
            List<@NotBlank(message = "Mã đơn vị không được để trống")
                    @Size(max = RequestLimits.CODE, message = "Mã đơn vị dài quá {max} ký tự") String> leadUnits,
            @Size(max = RequestLimits.UNITS_PER_TASK, message = "Nhiệm vụ có quá {max} đơn vị phối hợp")
            List<@NotBlank(message = "Mã đơn vị không được để trống")
                    @Size(max = RequestLimits.CODE, message = "Mã đơn vị dài quá {max} ký tự") String> coordinatorUnits,
            LocalDate dueDate) {
    }

    PlanContent toContent() {
        return new PlanContent(nfc(number).replaceAll("\\s+", ""), nfc(title).strip(),
                nfc(departmentCode).strip(), issuedOn, planTasks(tasks));
    }

    /** The rows as plan tasks, numbered T1, T2, … (checked against the plan's department by {@link PlanContent}). */
    static List<PlanTask> planTasks(List<TaskRequest> tasks) {
        return IntStream.range(0, tasks.size()).mapToObj(index -> toTask(index, tasks.get(index))).toList();
    }

    private static PlanTask toTask(int index, TaskRequest task) {
        String number = task.number() == null || task.number().isBlank()
                ? String.valueOf(index + 1) : nfc(task.number()).strip();
        return new PlanTask("T" + (index + 1), number, nfc(task.content()).strip(),
                codes(task.leadUnits()), codes(task.coordinatorUnits()), task.dueDate());
    }

    private static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(code -> nfc(code).strip()).toList();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
