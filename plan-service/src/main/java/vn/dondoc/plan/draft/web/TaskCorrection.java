package vn.dondoc.plan.draft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.plan.importing.ImportedTask;
import vn.dondoc.plan.importing.TaskUnits;
import vn.dondoc.plan.timeframe.Timeframe;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.TimeframeKind;
import vn.dondoc.web.RequestLimits;
import vn.dondoc.web.RequestProblems.FieldProblem;

/**
 * The office's version of one task: unit codes replace whatever the cells said (designations and
 * unknown names are settled by it); a missing field keeps the imported value.
 */
record TaskCorrection(
        @Size(max = RequestLimits.CODE, message = "Số thứ tự nhiệm vụ dài quá {max} ký tự") String number,
        @Size(max = RequestLimits.TASK_CONTENT, message = "Nội dung nhiệm vụ dài quá {max} ký tự") String content,
        @Size(max = RequestLimits.UNITS_PER_TASK, message = "Nhiệm vụ có quá {max} đơn vị chủ trì")
        List<@NotBlank(message = "Mã đơn vị không được để trống")
                @Size(max = RequestLimits.CODE, message = "Mã đơn vị dài quá {max} ký tự") String> leadUnits,
        @Size(max = RequestLimits.UNITS_PER_TASK, message = "Nhiệm vụ có quá {max} đơn vị phối hợp")
        List<@NotBlank(message = "Mã đơn vị không được để trống")
                @Size(max = RequestLimits.CODE, message = "Mã đơn vị dài quá {max} ký tự") String> coordinatorUnits,
        TimeframeKind timeframeKind,
        @Size(max = RequestLimits.TITLE, message = "Thời hạn dài quá {max} ký tự") String timeframeText,
        LocalDate dueDate,
        List<PeriodType> periods) {

    ImportedTask applyTo(String taskId, ImportedTask imported) {
        String text = timeframeText != null ? timeframeText.strip() : imported == null ? "" : imported.timeframe().text();
        Timeframe timeframe = timeframeKind == null
                ? (imported == null ? Timeframe.unspecified(text) : imported.timeframe())
                : timeframe(text);
        List<String> leads = leadUnits != null ? leadUnits : imported == null ? List.of() : imported.units().leadUnits();
        List<String> coordinators = coordinatorUnits != null ? coordinatorUnits
                : imported == null ? List.of() : imported.units().coordinatorUnits();
        return new ImportedTask(taskId, number != null ? number : imported == null ? taskId : imported.number(),
                imported == null ? null : imported.section(),
                content != null ? content.strip() : imported == null ? "" : imported.content(),
                imported == null ? null : imported.leadText(), imported == null ? null : imported.coordinatorText(),
                new TaskUnits(leads, coordinators, List.of(), List.of(), List.of()), timeframe);
    }

    /** The timeframe of the kind given: a date only for a deadline, periods only for a recurring task. */
    private Timeframe timeframe(String text) {
        List<FieldProblem> errors = new ArrayList<>();
        if (timeframeKind == TimeframeKind.FIXED_DEADLINE && dueDate == null) {
            errors.add(new FieldProblem("dueDate", "Thời hạn cụ thể cần ngày hạn"));
        }
        if (dueDate != null && (dueDate.getYear() < 1990 || dueDate.getYear() > 2100)) {
            errors.add(new FieldProblem("dueDate", "Ngày hạn không hợp lệ: năm phải từ 1990 đến 2100"));
        }
        if (timeframeKind == TimeframeKind.RECURRING && (periods == null || periods.isEmpty())) {
            errors.add(new FieldProblem("periods", "Thời hạn định kỳ cần ít nhất một kỳ"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCorrectionException("Thời hạn của nhiệm vụ", errors);
        }
        return new Timeframe(timeframeKind, text, timeframeKind == TimeframeKind.FIXED_DEADLINE ? dueDate : null,
                timeframeKind == TimeframeKind.RECURRING ? periods : List.of());
    }
}
